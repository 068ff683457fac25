/**
 * HubSpot personalization tokens in step subjects and notes, filled from the contact's properties.
 * Pure: the handler reads the properties (`tokenProperties` says which) and calls `fillTokens`.
 *
 * Syntax accepted (HubL, HubSpot's template language: "Tokens are indicated by a curl brace syntax: {{ }}",
 * https://designers.hubspot.com/docs/markup/hubl-syntax-reference; defaults per HubL's
 * `personalization_token(token, default)` function and `default` filter):
 *   {{contact.firstname}}  {{ contact.firstname }}
 *   {{ contact.firstname|default("there") }}  {{ personalization_token("contact.firstname", "there") }}
 * A token whose property has no value shows its default when it has one (an explicit "" shows nothing); otherwise (and for any
 * token that is not `contact.*`) it stays visible exactly as written, so a rep sees what is missing.
 */
import { summarise } from './step-summary';
import type { SequenceDetails } from './types';

const NAME = String.raw`contact\.([A-Za-z0-9_]+)`;
const QUOTED = String.raw`(?:"([^"]*)"|'([^']*)')`;
const PLAIN = new RegExp(String.raw`\{\{\s*${NAME}\s*(?:\|\s*default\s*\(\s*${QUOTED}\s*\)\s*)?\}\}`, 'g');
const FUNCTION = new RegExp(String.raw`\{\{\s*personalization_token\s*\(\s*(?:"${NAME}"|'${NAME}')\s*(?:,\s*${QUOTED}\s*)?\)\s*\}\}`, 'g');

interface TokenMatch {
  start: number;
  end: number;
  property: string;
  fallback?: string;
}

function matches(text: string): TokenMatch[] {
  const found: TokenMatch[] = [];
  for (const m of text.matchAll(PLAIN)) {
    found.push({ start: m.index, end: m.index + m[0].length, property: m[1].toLowerCase(), fallback: m[2] ?? m[3] });
  }
  for (const m of text.matchAll(FUNCTION)) {
    found.push({ start: m.index, end: m.index + m[0].length, property: (m[1] ?? m[2]).toLowerCase(), fallback: m[3] ?? m[4] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Contact property names the tokens in these texts need, deduplicated, in first-use order. */
export function tokenProperties(texts: (string | undefined)[]): string[] {
  const names = new Set<string>();
  for (const text of texts) if (text) for (const m of matches(text)) names.add(m.property);
  return [...names];
}

/** Replaces every contact token that has a value (or a default); leaves the others as written. */
export function fillTokens(text: string, properties: Record<string, string | null | undefined>): string {
  let out = '';
  let at = 0;
  for (const m of matches(text)) {
    if (m.start < at) continue; // overlapping match (cannot happen with these patterns; kept safe)
    const raw = properties[m.property];
    const value = typeof raw === 'string' && raw.trim() !== '' ? raw : m.fallback;
    out += text.slice(at, m.start) + (value === undefined ? text.slice(m.start, m.end) : value);
    at = m.end;
  }
  return out + text.slice(at);
}

/**
 * Contact properties read with the status's first contact read, so the usual tokens cost no extra
 * round trip (HubSpot leaves out a property the portal does not define; it is no error).
 */
export const COMMON_TOKEN_PROPERTIES = ['firstname', 'lastname', 'company', 'jobtitle'] as const;

/** Every contact property the tokens of these steps' subjects and notes need. */
export function sequenceTokenProperties(details: SequenceDetails): string[] {
  return tokenProperties(details.steps.flatMap((s) => [s.task?.subject, s.task?.notes]));
}

/** Properties that `needed` names but `have` did not return (so the handler reads only those). */
export function missingProperties(needed: string[], have: Record<string, unknown>): string[] {
  return needed.filter((n) => !(n in have));
}

/** The steps with task subjects and notes filled for one contact (and their summaries rebuilt). */
export function personalizeSequence(details: SequenceDetails, properties: Record<string, string | null | undefined>): SequenceDetails {
  const steps = details.steps.map((step) => {
    if (!step.task) return step;
    const task = { ...step.task };
    if (task.subject) task.subject = fillTokens(task.subject, properties);
    if (task.notes) task.notes = fillTokens(task.notes, properties);
    const out = { ...step, task };
    out.summary = summarise(out);
    return out;
  });
  return { ...details, steps };
}
