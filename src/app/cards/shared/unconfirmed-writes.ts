import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A write that ended OUTCOME_UNKNOWN: HubSpot may still be applying it (v2 workflow enrollment and
 * sequence enrollment have no idempotency), so the card offers the same write again only once a read
 * settles it. Kept at card level: closing and reopening a panel must not forget it.
 */
export interface UnconfirmedWrite<K extends string> {
  contactId: string;
  /** The workflow (legacy id) or sequence the write was for. */
  targetId: string;
  kind: K;
  /** The read on screen when the write answered: only a later read can settle it. */
  since: unknown;
}

/**
 * `read`: the card's last membership read (null while none). `shows(read, write)`: the read shows the
 * write's effect (an enroll: the contact is in; an unenroll: the contact is out). A read that does not
 * show it leaves the write unconfirmed; nothing else (not a Refresh, not a panel closing) clears it.
 */
export function useUnconfirmedWrites<K extends string, R>(contactId: string, read: R | null, shows: (read: R, write: UnconfirmedWrite<K>) => boolean) {
  const [writes, setWrites] = useState<UnconfirmedWrite<K>[]>([]);
  // The read on screen now (a write's answer comes in a callback made renders earlier).
  const latestRead = useRef(read);
  useEffect(() => {
    latestRead.current = read;
    if (read === null) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- follows the read's answer (external state)
    setWrites((ws) => {
      const left = ws.filter((w) => w.since === read || !shows(read, w));
      return left.length === ws.length ? ws : left;
    });
  }, [read, shows]);
  const add = useCallback((kind: K, targetId: string) => setWrites((ws) => [...ws, { contactId, targetId, kind, since: latestRead.current }]), [contactId]);
  /** The unconfirmed write for this target, if any (the latest). */
  const find = (targetId: string) => [...writes].reverse().find((w) => w.contactId === contactId && w.targetId === targetId) ?? null;
  return { writes: writes.filter((w) => w.contactId === contactId), add, find };
}

/** The sentence beside a disabled enroll/unenroll while HubSpot has not confirmed the last one. */
export const unconfirmedSentence = (kind: 'enroll' | 'unenroll') =>
  `HubSpot has not confirmed the last ${kind === 'enroll' ? 'enrollment' : 'unenrollment'} yet. Refresh the card to check.`;
