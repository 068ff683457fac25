/** callFunction and writeResult: what the card makes of a runner that rejects or answers nonsense; every error says whether to retry. */
import { ask, callFunction, type RunFunction } from './useFunction';
import { writeResult } from './write-lifecycle';

const rejecting: RunFunction = () => Promise.reject(new Error('function timed out after 15000 ms'));
const nonsense = (() => Promise.resolve('<html>502</html>')) as unknown as RunFunction;
const enroll = { contactId: '1', flowId: '2' };

describe('callFunction', () => {
  it('a read the card could not reach: HUBSPOT_UNAVAILABLE, retryable', async () => {
    expect(await callFunction(rejecting, 'get-workflow', { flowId: '2' })).toEqual({
      ok: false,
      error: { code: 'HUBSPOT_UNAVAILABLE', message: 'The app could not be reached. Try again in a moment.', retryable: true },
    });
  });

  it('a write the card could not reach: OUTCOME_UNKNOWN, not retryable (it may have landed)', async () => {
    const r = writeResult(await ask(rejecting, 'enroll-in-workflow', enroll));
    expect(r).toMatchObject({ ok: false, error: { code: 'OUTCOME_UNKNOWN', retryable: false } });
  });

  it('an unreadable answer: UNEXPECTED_RESPONSE for a read, OUTCOME_UNKNOWN for a write, neither retryable', async () => {
    expect(await callFunction(nonsense, 'get-workflow', { flowId: '2' })).toMatchObject({ ok: false, error: { code: 'UNEXPECTED_RESPONSE', retryable: false } });
    expect(writeResult(await ask(nonsense, 'enroll-in-workflow', enroll))).toMatchObject({ ok: false, error: { code: 'OUTCOME_UNKNOWN', retryable: false } });
  });

  it("passes the function's own result through unchanged", async () => {
    const answer = { ok: false as const, error: { code: 'RATE_LIMITED' as const, message: 'slow down', retryable: true } };
    const run = (() => Promise.resolve(answer)) as unknown as RunFunction;
    expect(await callFunction(run, 'get-workflow', { flowId: '2' })).toBe(answer);
  });
});
