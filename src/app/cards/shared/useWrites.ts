/**
 * The hook over the write lifecycle (./write-lifecycle.ts), one per card, over the card's read
 * (the Sequences card's status, the Workflows card's list). It sends each write once, re-reads only
 * when the answer leaves the read on screen out of date, and settles writes as reads show them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ask, type Answer, type FunctionState, type RunFunction, type WriteFunctionUid } from './useFunction';
import {
  blocker,
  inFlight,
  needsReRead,
  outcomeFor,
  pendingOverRead,
  sameWriteRefused,
  unconfirmed,
  writeResult,
  writesReducer,
  type Candidate,
  type RefusalBlocks,
  type Write,
  type WriteEvent,
  type WritesState,
} from './write-lifecycle';

/** What a card's writes have in common. Pass a module-level constant: the hook keeps it for its life. */
export interface WriteRules<R, M> {
  /** The contact properties HubSpot reads and sends with each write (`propertiesToSend`). */
  propertiesToSend: string[];
  /** The read shows this write's effect (the contact is in / out). */
  shows: (read: R, w: Write<M>) => boolean;
  /**
   * The read a confirmed write's answer carries (the state it produced), drawn over `shown` (the read
   * on screen) when the answer holds only part of it; null when it carries none. No re-read when it shows the write.
   */
  readIn?: (w: Write<M>, shown: R | null) => R | null;
  refusalBlocks?: RefusalBlocks;
}

type SendAnswer = (run: RunFunction, uid: WriteFunctionUid, params: unknown, options: { propertiesToSend: string[] }) => Promise<Answer<unknown>>;

export function useWrites<R, M = undefined>(run: RunFunction, read: FunctionState<R>, rules: WriteRules<R, M>, afterWrite: () => void) {
  const [state, setState] = useState<WritesState<M>>({ writes: [] });
  // The same state, current within a tick: two clicks before a re-render both meet the first write.
  const current = useRef(state);
  const nextId = useRef(0);
  const apply = useCallback((e: WriteEvent<M>) => {
    current.current = writesReducer(current.current, e);
    setState(current.current);
  }, []);
  // The read an answer carried, and the read number it stands for (the last one asked when the write was sent).
  const [carried, setCarried] = useState<{ read: R; at: number } | null>(null);
  const after = useRef(afterWrite);
  useEffect(() => {
    after.current = afterWrite;
  }, [afterWrite]);

  // A read answered: settle the writes it shows, in this render already (the view reads `settled`
  // below) and in the kept state (a later read that does not show them must not unsettle them).
  const { data, answered } = read;
  const readEvent = useMemo<WriteEvent<M> | null>(() => (data === null ? null : { type: 'read', read: answered, shows: (w) => rules.shows(data, w) }), [data, answered, rules]);
  useEffect(() => {
    if (readEvent) apply(readEvent);
  }, [apply, readEvent]);
  const settled = readEvent ? writesReducer(state, readEvent) : state;

  // What the card shows: the newest of its last good read and the read a write's answer carried.
  const shown = carried && carried.at >= read.answered ? carried.read : read.lastData;
  const { asked, reload } = read;
  const send = useCallback(
    async (c: Candidate, meta?: M): Promise<Write<M> | null> => {
      if (blocker(current.current, c, rules.refusalBlocks)) return null;
      const id = ++nextId.current;
      apply({ type: 'sent', id, candidate: c, afterRead: asked, meta });
      const result = writeResult(await (ask as SendAnswer)(run, c.uid, c.params, { propertiesToSend: rules.propertiesToSend }));
      const sent = current.current.writes.find((w) => w.id === id)!;
      const carriedRead = result.ok && rules.readIn ? rules.readIn({ ...sent, data: result.data } as Write<M>, shown) : null;
      if (carriedRead !== null) setCarried({ read: carriedRead, at: asked });
      const showsItself = carriedRead !== null && rules.shows(carriedRead, { ...sent, data: result.ok ? result.data : undefined } as Write<M>);
      apply({ type: 'answered', id, result, showsItself });
      const done = current.current.writes.find((w) => w.id === id)!;
      if (done.phase === 'confirmed' || done.phase === 'unconfirmed') after.current();
      if (needsReRead(done)) reload();
      return done;
    },
    [apply, asked, reload, run, rules, shown],
  );

  const dismiss = useCallback(() => apply({ type: 'dismiss' }), [apply]);
  const overRead = pendingOverRead(settled);
  const refusalBlocks = rules.refusalBlocks ?? sameWriteRefused;
  return {
    state: settled,
    /** The read to show (kept while a reload runs or after it failed). */
    shown,
    /** Confirmed writes no read shows yet, to apply over `shown`, in order. */
    overRead,
    /** A read runs over what is shown: say "Refreshing…" and offer no write until it is back. */
    refreshing: read.pending && (shown !== null || overRead.length > 0),
    sending: inFlight(settled),
    unconfirmed: unconfirmed(settled),
    send,
    /** The write that keeps `c` from being sent, or null. */
    blocker: (c: Candidate) => blocker(settled, c, refusalBlocks),
    outcomeFor: (target: string, c: Candidate | null) => outcomeFor(settled, target, c, refusalBlocks),
    /** A panel closed: its results stop showing (what they block stays blocked). */
    dismiss,
    /** Re-read HubSpot: the only thing that settles an unconfirmed write. */
    recheck: reload,
  };
}

export type Writes<R, M> = ReturnType<typeof useWrites<R, M>>;
