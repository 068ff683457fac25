/**
 * The one write lifecycle of both cards (enroll in a sequence, enroll in and unenroll from a workflow):
 *
 *   sent → confirmed   (HubSpot's answer, or the state it produced; shown at once, applied over reads until a read shows it)
 *        → refused     (why, and whether trying again can help: `error.retryable`)
 *        → unconfirmed (OUTCOME_UNKNOWN: it may have landed; never sent again until a read settles it)
 *
 * Pure: a reducer over the card's writes and the selectors the views read. The hook is ./useWrites.ts.
 * Views keep no write flags of their own: everything they show about a write comes from here.
 */
import type { FunctionError, FunctionResult } from '../../../../server/contract';
import type { FunctionInput, FunctionOutput, WriteFunctionUid } from '../../../../server/registry';
import type { Answer } from './useFunction';

export type WritePhase = 'sent' | 'confirmed' | 'refused' | 'unconfirmed';

interface WriteFields<M> {
  id: number;
  /** What a read can show: the sequence id, or the legacy workflow id. */
  target: string;
  phase: WritePhase;
  error?: FunctionError;
  /** The number of the last read asked when it was sent: only a later read can settle it. */
  afterRead: number;
  /** A later read showed its effect: it no longer overrides reads or holds the action. */
  settled: boolean;
  /** Its answer carried the state it produced: the card shows that and needs no re-read (reads may still lag). */
  showsItself: boolean;
  /** Its result no longer shows beside the button (the panel closed); what it blocks stays blocked. */
  dismissed: boolean;
  /** What the view wants to remember with it (the sequence name and preview it showed). */
  meta?: M;
}

/** One write, typed by its function: `params` sent, `data` answered. */
export type Write<M = unknown> = { [U in WriteFunctionUid]: WriteFields<M> & { uid: U; params: FunctionInput<U>; data?: FunctionOutput<U> } }[WriteFunctionUid];

/** A write about to be sent. */
export type Candidate = { [U in WriteFunctionUid]: { uid: U; target: string; params: FunctionInput<U> } }[WriteFunctionUid];

export interface WritesState<M = unknown> {
  writes: Write<M>[];
}

export const noWrites: WritesState<never> = { writes: [] };

/**
 * The card's side of OUTCOME_UNKNOWN, made here only: the runner rejected or answered nonsense after a
 * write was sent, so the function may have written before it was cut off. Worded as the functions word
 * theirs (server/runtime/errors-to-result.ts; a test keeps the two the same).
 */
export const OUTCOME_UNKNOWN: FunctionError = {
  code: 'OUTCOME_UNKNOWN',
  message: 'HubSpot did not confirm whether this went through. Refresh the card to check before trying again.',
  retryable: false,
};

/** A write's answer: the function's own result, or OUTCOME_UNKNOWN when it was lost. */
export function writeResult<T>(answer: Answer<T>): FunctionResult<T> {
  return 'lost' in answer ? { ok: false, error: OUTCOME_UNKNOWN } : answer;
}

export const isUnenroll = (w: { uid: WriteFunctionUid }) => w.uid === 'unenroll-from-workflow';

/** The sentence beside a disabled enroll/unenroll while HubSpot has not confirmed the last one. */
export const unconfirmedSentence = (w: { uid: WriteFunctionUid }) =>
  `HubSpot has not confirmed the last ${isUnenroll(w) ? 'unenrollment' : 'enrollment'} yet. Refresh the card to check.`;

export type WriteEvent<M> =
  | { type: 'sent'; id: number; candidate: Candidate; afterRead: number; meta?: M }
  /** `showsItself`: the answer carries the state it produced, so the card need not re-read. */
  | { type: 'answered'; id: number; result: FunctionResult<unknown>; showsItself: boolean }
  /** A read answered (request number `read`); `shows(w)`: it shows that write's effect. */
  | { type: 'read'; read: number; shows: (w: Write<M>) => boolean }
  | { type: 'dismiss' };

export function writesReducer<M>(state: WritesState<M>, e: WriteEvent<M>): WritesState<M> {
  switch (e.type) {
    case 'sent': {
      const w = { ...e.candidate, id: e.id, phase: 'sent', afterRead: e.afterRead, settled: false, showsItself: false, dismissed: false, meta: e.meta } as Write<M>;
      return { writes: [...state.writes, w] };
    }
    case 'answered': {
      const mine = state.writes.find((w) => w.id === e.id);
      if (!mine) return state;
      const phase: WritePhase = e.result.ok ? 'confirmed' : e.result.error.code === 'OUTCOME_UNKNOWN' ? 'unconfirmed' : 'refused';
      return {
        writes: state.writes.map((w) => {
          if (w.id === e.id)
            return { ...w, phase, showsItself: phase === 'confirmed' && e.showsItself, ...(e.result.ok ? { data: e.result.data } : { error: e.result.error }) } as Write<M>;
          // A confirmed write replaces what earlier writes to the same target said (enroll, then unenroll).
          if (phase === 'confirmed' && w.target === mine.target && !w.settled) return { ...w, settled: true };
          return w;
        }),
      };
    }
    case 'read': {
      let changed = false;
      const writes = state.writes.map((w) => {
        if (w.settled || (w.phase !== 'confirmed' && w.phase !== 'unconfirmed') || e.read <= w.afterRead || !e.shows(w)) return w;
        changed = true;
        return { ...w, settled: true };
      });
      return changed ? { writes } : state;
    }
    case 'dismiss':
      return state.writes.some((w) => !w.dismissed && w.phase !== 'sent') ? { writes: state.writes.map((w) => (w.phase === 'sent' ? w : { ...w, dismissed: true })) } : state;
  }
}

/** Whether an earlier refused write stands in the way of sending `candidate` (trying again would be refused again). */
export type RefusalBlocks = (refused: Write, candidate: Candidate) => boolean;

/** The default: a refusal that trying again cannot change holds that same write (function and target). */
export const sameWriteRefused: RefusalBlocks = (refused, c) => !refused.error?.retryable && refused.uid === c.uid && refused.target === c.target;

/** The last item matching (Array.prototype.findLast without relying on the host's ES2023). */
export function lastOf<T>(list: T[], match: (x: T) => boolean): T | null {
  for (let i = list.length - 1; i >= 0; i--) if (match(list[i])) return list[i];
  return null;
}

/** The latest write to `target`, if any. */
export const latestOn = <M>(s: WritesState<M>, target: string) => lastOf(s.writes, (w) => w.target === target);

/** The write in flight, if any: a card sends one write at a time. */
export const inFlight = <M>(s: WritesState<M>) => s.writes.find((w) => w.phase === 'sent') ?? null;

/** The card's latest answered write: its outcome is what the card says last. */
export const latestAnswered = <M>(s: WritesState<M>) => lastOf(s.writes, (w) => w.phase !== 'sent');

/** The writes HubSpot has not confirmed and no read has settled yet. */
export const unconfirmed = <M>(s: WritesState<M>) => s.writes.filter((w) => w.phase === 'unconfirmed' && !w.settled);

/** The confirmed writes no read shows yet: the view applies them over the read, in order (a lagging read never undoes them). */
export const pendingOverRead = <M>(s: WritesState<M>) => s.writes.filter((w) => w.phase === 'confirmed' && !w.settled);

/**
 * The write that stands in the way of sending `candidate`, or null when it may be sent:
 * one in flight; an unconfirmed one to the same target that no read has settled; the same write
 * (function and target) that landed or may have; a refusal that would come again.
 */
export function blocker<M>(s: WritesState<M>, c: Candidate, refusalBlocks: RefusalBlocks = sameWriteRefused): Write<M> | null {
  const sending = inFlight(s);
  if (sending) return sending;
  const last = latestOn(s, c.target);
  if (last && !last.settled && last.phase === 'unconfirmed') return last;
  // The same write again (enroll twice): landed, or may have; only another write to the target changes that.
  if (last && last.uid === c.uid && (last.phase === 'confirmed' || last.phase === 'unconfirmed')) return last;
  return lastOf(s.writes, (w) => w.phase === 'refused' && refusalBlocks(w, c));
}

/** After this answer the read on screen may be out of date: the card re-reads (unless the answer settled it). */
export function needsReRead(w: Write): boolean {
  if (w.phase === 'unconfirmed') return !w.settled;
  if (w.phase === 'confirmed') return !w.settled && !w.showsItself;
  // HubSpot says the contact is already in it / not in it: the card's read was stale.
  return w.phase === 'refused' && (w.error?.code === 'ALREADY_ENROLLED' || w.error?.code === 'NOT_ENROLLED');
}

/**
 * What a panel shows beside its button for `target`: the latest write to it that was not dismissed,
 * else a refusal that keeps `candidate` off (why it is off), else an unconfirmed write to it.
 */
export function outcomeFor<M>(s: WritesState<M>, target: string, candidate: Candidate | null, refusalBlocks: RefusalBlocks = sameWriteRefused): Write<M> | null {
  const last = latestOn(s, target);
  if (last && !last.dismissed) return last;
  const refusal = candidate ? lastOf(s.writes, (w) => w.phase === 'refused' && refusalBlocks(w, candidate)) : null;
  if (refusal) return refusal;
  return last && last.phase === 'unconfirmed' && !last.settled ? last : null;
}
