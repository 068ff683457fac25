/** Defensive readers for whatever HubSpot sent: nothing here throws on odd input. */
export type Json = Record<string, unknown>;

export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? (v.trim() ? v : undefined) : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);

/** The first of `keys` that is set (HubSpot's examples spell some fields more than one way). */
export function pick(fields: Json, keys: string[]): unknown {
  for (const k of keys) if (fields[k] !== undefined && fields[k] !== null && fields[k] !== '') return fields[k];
  return undefined;
}
