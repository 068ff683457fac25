/**
 * HTML (task notes from HubSpot's rich-text editor) to plain text, without a DOM. The result is only
 * ever rendered as text by the card, never as markup; stripping is about readability, and decoding
 * happens once, after tags are gone, so "&amp;lt;b&amp;gt;" stays the literal text "&lt;b&gt;".
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  times: '×',
  divide: '÷',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  aacute: 'á',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  ntilde: 'ñ',
  iexcl: '¡',
  iquest: '¿',
  sect: '§',
  para: '¶',
  zwj: '',
  zwnj: '',
  shy: '',
};

/** Decodes character references in one pass. Unknown or invalid references are kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return '';
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[ref] ?? NAMED_ENTITIES[ref.toLowerCase()];
    return named ?? whole;
  });
}

const BLOCK_END = /<\/(p|div|h[1-6]|li|tr|blockquote|pre|ul|ol|table|section|article|header|footer)\s*>/gi;

/** HTML → readable plain text: blocks become lines, list items get a bullet, everything else is dropped. */
export function htmlToPlainText(html: string | null | undefined): string {
  if (!html) return '';
  let s = String(html);
  // Things whose content is never text.
  s = s.replace(/<!--[\s\S]*?(-->|$)/g, '');
  s = s.replace(/<(script|style|head|template|noscript|iframe|object|svg)\b[\s\S]*?(<\/\1\s*>|$)/gi, '');
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<li\b[^>]*>/gi, '\n• ');
  s = s.replace(BLOCK_END, '\n');
  s = s.replace(/<(p|div|h[1-6]|tr|blockquote|pre|ul|ol|table)\b[^>]*>/gi, '\n');
  // Any remaining tag (a "<" that starts a tag name, closing tag, or declaration). A bare "<" in text stays.
  s = s.replace(/<\/?[a-zA-Z!?][^<>]*(>|$)/g, '');
  s = decodeEntities(s);
  s = s.replace(/\r\n?/g, '\n').replace(/[ \t\f\v\u00a0]+/g, ' ');
  const lines = s.split('\n').map((l) => l.trim());
  const out: string[] = [];
  // Blocks and list items are already one per line; blank lines carry no meaning in a card.
  for (const line of lines) if (line !== '') out.push(line);
  return out.join('\n');
}
