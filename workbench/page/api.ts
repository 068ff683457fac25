/** The page's calls to the workbench server (same origin). */
import type { PortalContact as FullPortalContact, PortalUser } from '../../portal/types';

export type { PortalUser };
/** What /__admin/state sends of a contact. */
export type PortalContact = Pick<FullPortalContact, 'id' | 'properties'>;
export interface RecordState {
  portalId: number;
  users: PortalUser[];
  contacts: PortalContact[];
}
export interface Faults {
  latencyMs: number;
  rate429: number;
  rate5xx: number;
  [key: string]: unknown;
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url}: HTTP ${res.status} ${await res.text().catch(() => '')}`);
  return (await res.json()) as T;
}

export const api = {
  cards: () => fetch('/api/cards').then((r) => json<{ uid: string; name: string; location: string; demo?: boolean }[]>(r)),
  recordState: () => fetch('/api/record-state').then((r) => json<RecordState>(r)),
  faults: () => fetch('/api/portal/faults').then((r) => json<Faults>(r)),
  setFaults: (f: Partial<Faults>) =>
    fetch('/api/portal/faults', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(f) }).then((r) => json<Faults>(r)),
  resetPortal: () => fetch('/api/reset', { method: 'POST' }).then((r) => json<unknown>(r)),
};

/** A short description of a contact for the picker: what makes it interesting to test with. */
export function describeContact(c: PortalContact): string {
  const p = c.properties;
  const name = [p.firstname, p.lastname].filter(Boolean).join(' ') || `Contact ${c.id}`;
  const traits: string[] = [];
  if (p.hs_sequences_is_enrolled === 'true') traits.push('enrolled');
  else traits.push('not enrolled');
  if (!p.email) traits.push('no email');
  if (p.hs_email_optout === 'true') traits.push('opted out');
  if (p.hs_email_hard_bounce_reason_enum) traits.push('bounced');
  return `${name} (${traits.join(', ')})`;
}

export function describeUser(u: PortalUser): string {
  const inboxes = u.inboxes.length ? `${u.inboxes.length} inbox${u.inboxes.length > 1 ? 'es' : ''}` : 'no connected inbox';
  return `${u.firstName} ${u.lastName} (${inboxes}${u.paidSeat ? '' : ', no paid seat'})`;
}
