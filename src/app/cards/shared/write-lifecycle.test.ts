/** The one write lifecycle both cards use: sent → confirmed | refused | unconfirmed → settled by a read. */
import { toFunctionError } from '../../../../server/runtime/errors-to-result';
import { OutcomeUnknownError } from '../../../../server/hubspot/errors';
import type { FunctionError, FunctionResult } from '../../../../server/contract';
import { blocker, needsReRead, OUTCOME_UNKNOWN, outcomeFor, pendingOverRead, unconfirmed, writeResult, writesReducer, type Candidate, type WritesState } from './write-lifecycle';

const enrollW = (target: string): Candidate => ({ uid: 'enroll-in-workflow', target, params: { contactId: '1', legacyWorkflowId: target } });
const unenrollW = (target: string): Candidate => ({ uid: 'unenroll-from-workflow', target, params: { contactId: '1', legacyWorkflowId: target } });
const refusal = (code: FunctionError['code'], retryable = false) => ({ ok: false as const, error: { code, message: code, retryable } });
const answer = { ok: true as const, data: {} };

/** Sends `c` after read number `afterRead` and answers it. */
function written(state: WritesState, c: Candidate, result: FunctionResult<unknown>, afterRead = 1, showsItself = false) {
  const id = state.writes.length + 1;
  const sent = writesReducer(state, { type: 'sent', id, candidate: c, afterRead });
  return writesReducer(sent, { type: 'answered', id, result, showsItself });
}
const listedIn = (ids: string[]) => (w: { target: string; uid: string }) => (w.uid === 'unenroll-from-workflow' ? !ids.includes(w.target) : ids.includes(w.target));
const readOf = (state: WritesState, read: number, ids: string[]) => writesReducer(state, { type: 'read', read, shows: listedIn(ids) });

describe('write lifecycle', () => {
  it('the card side says OUTCOME_UNKNOWN as the functions do, and only for a write whose answer was lost', () => {
    expect(OUTCOME_UNKNOWN.message).toBe(toFunctionError(new OutcomeUnknownError('lost', {})).message);
    expect(writeResult({ lost: 'unreachable' })).toEqual({ ok: false, error: OUTCOME_UNKNOWN });
    expect(writeResult({ lost: 'unreadable' })).toEqual({ ok: false, error: OUTCOME_UNKNOWN });
    const refused = refusal('WORKFLOW_OFF');
    expect(writeResult(refused)).toBe(refused);
  });

  it('one write at a time: while one is in flight nothing else is sent, not even to another target', () => {
    const s = writesReducer({ writes: [] }, { type: 'sent', id: 1, candidate: enrollW('a'), afterRead: 0 });
    expect(blocker(s, enrollW('a'))?.phase).toBe('sent');
    expect(blocker(s, enrollW('b'))?.phase).toBe('sent');
  });

  it('confirmed: shown over reads until a later read shows it; never sent twice', () => {
    let s = written({ writes: [] }, enrollW('a'), answer);
    expect(pendingOverRead(s).map((w) => w.target)).toEqual(['a']);
    expect(needsReRead(s.writes[0])).toBe(true);
    s = readOf(s, 1, ['a']); // the read asked before the write: it cannot show it
    expect(pendingOverRead(s)).toHaveLength(1);
    s = readOf(s, 2, []); // a lagging read
    expect(pendingOverRead(s)).toHaveLength(1);
    s = readOf(s, 3, ['a']);
    expect(pendingOverRead(s)).toHaveLength(0);
    expect(blocker(s, enrollW('a'))?.phase).toBe('confirmed');
    expect(blocker(s, unenrollW('a'))).toBeNull();
  });

  it('an answer that carries the state it produced needs no re-read, and a later lagging read still cannot undo it', () => {
    let s = written({ writes: [] }, enrollW('a'), answer, 1, true);
    expect(needsReRead(s.writes[0])).toBe(false);
    s = readOf(s, 2, []);
    expect(pendingOverRead(s).map((w) => w.target)).toEqual(['a']);
  });

  it('a later confirmed write to the same target replaces the earlier one (enroll, then unenroll)', () => {
    let s = written({ writes: [] }, enrollW('a'), answer);
    s = written(s, unenrollW('a'), answer);
    expect(pendingOverRead(s).map((w) => w.uid)).toEqual(['unenroll-from-workflow']);
  });

  it('unconfirmed: nothing to that target until a read shows it landed; a read that does not show it changes nothing', () => {
    let s = written({ writes: [] }, enrollW('a'), refusal('OUTCOME_UNKNOWN'));
    expect(s.writes[0].phase).toBe('unconfirmed');
    expect(needsReRead(s.writes[0])).toBe(true);
    expect(blocker(s, enrollW('a'))?.phase).toBe('unconfirmed');
    expect(blocker(s, unenrollW('a'))?.phase).toBe('unconfirmed');
    expect(blocker(s, enrollW('b'))).toBeNull();
    s = readOf(s, 2, []);
    expect(unconfirmed(s)).toHaveLength(1);
    s = readOf(s, 3, ['a']);
    expect(unconfirmed(s)).toHaveLength(0);
    // It landed: the same enrollment is still never sent again; an unenroll may be.
    expect(blocker(s, enrollW('a'))).not.toBeNull();
    expect(blocker(s, unenrollW('a'))).toBeNull();
    // Settled for good: a later read without it does not bring it back.
    expect(unconfirmed(readOf(s, 4, []))).toHaveLength(0);
  });

  it('refused: held when trying again cannot help, free when it can; the stale-read refusals re-read', () => {
    const off = written({ writes: [] }, enrollW('a'), refusal('WORKFLOW_OFF'));
    expect(blocker(off, enrollW('a'))?.error?.code).toBe('WORKFLOW_OFF');
    expect(blocker(off, enrollW('b'))).toBeNull();
    expect(needsReRead(off.writes[0])).toBe(false);
    const down = written({ writes: [] }, enrollW('a'), refusal('HUBSPOT_UNAVAILABLE', true));
    expect(blocker(down, enrollW('a'))).toBeNull();
    expect(needsReRead(written({ writes: [] }, enrollW('a'), refusal('ALREADY_ENROLLED')).writes[0])).toBe(true);
    expect(needsReRead(written({ writes: [] }, unenrollW('a'), refusal('NOT_ENROLLED')).writes[0])).toBe(true);
  });

  it('what a panel shows: the latest result until the panel closes, then why its action is off', () => {
    let s = written({ writes: [] }, enrollW('a'), refusal('WORKFLOW_OFF'));
    s = written(s, enrollW('b'), refusal('OUTCOME_UNKNOWN'));
    expect(outcomeFor(s, 'a', enrollW('a'))?.error?.code).toBe('WORKFLOW_OFF');
    expect(outcomeFor(s, 'c', enrollW('c'))).toBeNull();
    s = writesReducer(s, { type: 'dismiss' });
    expect(s.writes.every((w) => w.dismissed)).toBe(true);
    // Closed and reopened: the refusal still says why Enroll is off; the unconfirmed write says so.
    expect(outcomeFor(s, 'a', enrollW('a'))?.error?.code).toBe('WORKFLOW_OFF');
    expect(outcomeFor(s, 'b', enrollW('b'))?.phase).toBe('unconfirmed');
    expect(blocker(s, enrollW('b'))?.phase).toBe('unconfirmed');
  });
});
