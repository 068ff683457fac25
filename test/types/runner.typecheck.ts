/**
 * Type-level test of the card ⇄ function contract, checked by `npm run typecheck` (never executed).
 * Each `@ts-expect-error` line must fail to compile; if the registry stopped typing the runner, the
 * directive itself would become an error ("unused @ts-expect-error") and typecheck would fail.
 */
import type { FunctionResult } from '../../server/contract';
import type { FunctionInput, FunctionOutput, RunFunction } from '../../server/registry';
import type { EnrollResult, SequenceDetails } from '../../server/sequences/types';
import type { WorkflowDetails } from '../../server/workflows/types';
import { callFunction, useFunction } from '../../src/app/cards/shared/useFunction';
import { fakeRunner } from '../../src/app/cards/shared/testing';

declare const run: RunFunction;
const enroll = { contactId: '1', sequenceId: '2', userId: '3', senderEmail: 'rep@example.com' };

export async function checks() {
  // The right input resolves to that function's result.
  const ok: FunctionResult<EnrollResult> = await run('enroll-in-sequence', enroll);
  const optional: FunctionResult<SequenceDetails> = await run('get-sequence', { userId: '3', sequenceId: '2' });
  void ok;
  void optional;

  // @ts-expect-error misspelt parameter name (sequenceID)
  await run('enroll-in-sequence', { contactId: '1', sequenceID: '2', userId: '3', senderEmail: 'rep@example.com' });
  // @ts-expect-error missing required parameter (senderEmail)
  await run('enroll-in-sequence', { contactId: '1', sequenceId: '2', userId: '3' });
  // @ts-expect-error wrong parameter type: parameters arrive as strings, limit is "20", not 20
  await run('search-sequences', { userId: '3', limit: 20 });
  // @ts-expect-error wrong result type: get-workflow answers a WorkflowDetails, not a SequenceDetails
  const wrong: FunctionResult<SequenceDetails> = await run('get-workflow', { flowId: '9' });
  void wrong;
  // @ts-expect-error unknown uid
  await run('enroll-in-sequences', enroll);

  // callFunction is for reads: a write goes through the write lifecycle (a lost answer is OUTCOME_UNKNOWN there).
  await callFunction(run, 'get-workflow', { flowId: '9' });
  // @ts-expect-error a write through the read path
  await callFunction(run, 'enroll-in-sequence', enroll);
}

export function hookChecks() {
  const decoded = useFunction(run, 'get-workflow', { flowId: '9' });
  const data: WorkflowDetails | null = decoded.data;
  void data;
  // @ts-expect-error the result type comes from the uid, not from the caller
  const seq: SequenceDetails | null = useFunction(run, 'get-workflow', { flowId: '9' }).data;
  void seq;
  // @ts-expect-error useFunction takes no caller-chosen result type any more
  useFunction<SequenceDetails>(run, 'get-workflow', { flowId: '9' });
  // @ts-expect-error useFunction is for reads; writes go through the write lifecycle (useWrites)
  useFunction(run, 'enroll-in-workflow', { contactId: '1', flowId: '9' });
  // @ts-expect-error wrong parameter name for get-workflow
  useFunction(run, 'get-workflow', { workflowId: '9' });
}

export function fakeChecks() {
  fakeRunner({ 'get-sequence': () => ({ ok: true, data: {} as FunctionOutput<'get-sequence'> }) });
  // @ts-expect-error a fake answering get-sequence with a workflow
  fakeRunner({ 'get-sequence': () => ({ ok: true, data: {} as WorkflowDetails }) });
  // @ts-expect-error a fake error without `retryable`
  fakeRunner({ 'get-sequence': () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } }) });
  fakeRunner({
    'get-workflow': (p) => {
      // @ts-expect-error a fake reading a parameter the function does not take
      void p.sequenceId;
      return { ok: false, error: { code: 'NOT_FOUND', message: 'x', retryable: false } };
    },
  });
  const input: FunctionInput<'search-workflows'> = {};
  void input;
}
