/// <reference types="node" />
// Server code runs on Node; the cards type-check this file too (through the registry types).
/**
 * HubSpot's own message, made safe to quote to a rep or admin: HubSpot's words, and never an HTML page,
 * a stack trace, markup or a credential. The one sanitizer every quoted HubSpot message goes through
 * (errors-to-result.ts: the generic refusal and each function's refusal table).
 */
import type { HubSpotApiError } from '../hubspot/errors';

/** At most this many characters of HubSpot's own message reach a result. */
export const HUBSPOT_MESSAGE_MAX = 300;

/** The entities an HTML error page uses for plain text; anything else is dropped with the markup. */
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', quot: '"', apos: "'", '#39': "'", lt: '<', gt: '>' };

/** Lines of a Java or JavaScript stack trace: frames, "... 12 more", "Caused by: …". */
const STACK_LINE = /^\s*(at\s+[\w$.<>/\\-]+(\s*\(.*\))?|\.\.\.\s*\d+\s+more|Caused by:.*|Suppressed:.*)\s*$/;
/** A frame inside a line (a trace flattened onto one line). */
const INLINE_FRAME = /\s+at\s+[\w$.<>-]+\([^()]*\)/g;
/** `java.lang.IllegalStateException: ` before the words; `Exception in thread "main" ` before that. */
const EXCEPTION_NAME = /(Exception in thread "[^"]*"\s+)?\b([a-z_$][\w$]*\.)+[A-Z][\w$]*(Exception|Error)\b:?\s*/g;

function withoutMarkup(text: string): string {
  const stripTags = (s: string) =>
    s
      .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[!/?]?[A-Za-z][^<>]*>/g, ' ');
  // Tags once more after entities are decoded: `&lt;b&gt;` is markup too.
  return stripTags(stripTags(text).replace(/&(#39|[a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? ' '));
}

function withoutStackTraces(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => !STACK_LINE.test(line))
    .join('\n')
    .replace(INLINE_FRAME, ' ')
    .replace(EXCEPTION_NAME, '');
}

/**
 * One line of at most HUBSPOT_MESSAGE_MAX characters, without markup, stack frames or exception class
 * names, and with anything that looks like a credential removed (the app's token, "Bearer …", HubSpot
 * private-app tokens "pat-…"). Undefined when nothing of HubSpot's words is left.
 */
export function hubspotSaid(err: HubSpotApiError, token: string | undefined = process.env.PRIVATE_APP_ACCESS_TOKEN): string | undefined {
  let text = withoutStackTraces(withoutMarkup(err.hubspotMessage ?? ''))
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/\p{L}/u.test(text)) return undefined;
  if (token && token.length >= 8) text = text.split(token).join('[redacted]');
  text = text.replace(/\bBearer\s+\S+/gi, 'Bearer [redacted]').replace(/\bpat-[a-z0-9]+-[A-Za-z0-9-]+/gi, '[redacted]');
  return text.length > HUBSPOT_MESSAGE_MAX ? `${text.slice(0, HUBSPOT_MESSAGE_MAX - 1).trimEnd()}…` : text;
}
