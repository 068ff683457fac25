/** Renders the Workflows card for tests: a fake runner, HubSpot's mock actions, a contact's properties. */
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { Text } from '@hubspot/ui-extensions';
import type { FunctionResult } from '../../../../../server/contract';
import type { fakeRunner } from '../../shared/testing';
import type { ContactWorkflowItem, ContactWorkflowsResult } from '../../../../../server/workflows/types';
import type { FunctionState } from '../../shared/useFunction';
import { useWrites } from '../../shared/useWrites';
import { WORKFLOW_WRITES } from '../membership';
import { WorkflowPanel } from '../WorkflowPanel';
import { WorkflowsCardView } from '../WorkflowsCardView';

type Props = Record<string, string | null>;
export const gia: Props = { firstname: 'Gia', lastname: 'Quiet', email: 'gia@example.com' };

export function renderCard(runner: ReturnType<typeof fakeRunner>, contact: Props = gia) {
  const r = createRenderer('crm.record.sidebar');
  const actions = { ...r.mocks.actions, fetchCrmObjectProperties: async (names: string[]) => Object.fromEntries(names.map((n) => [n, contact[n] ?? null])) };
  r.render(<WorkflowsCardView context={{ crm: { objectId: 1006 }, user: { id: 2620022 } }} actions={actions} runFunction={runner.run} />);
  return r;
}
export type R = ReturnType<typeof renderCard>;
export const texts = (r: { findAll: R['findAll'] }) =>
  r
    .findAll(Text)
    .map((t) => t.text ?? '')
    .join('\n');
export const tick = (ms = 20) => new Promise((res) => setTimeout(res, ms));
/** A function answer released by the test: to look at the card while a call is in flight. */
export function held<T>() {
  let release: (v: FunctionResult<T>) => void = () => {};
  const promise = new Promise<FunctionResult<T>>((res) => (release = res));
  return { answer: () => promise, release: (v: FunctionResult<T>) => release(v) };
}

const idle: FunctionState<ContactWorkflowsResult> = { pending: false, error: null, data: null, lastData: null, asked: 0, answered: 0, reload: () => undefined };

/** One workflow's panel on the card's write lifecycle, over a list that is never read (no write happens here). */
export function renderWorkflowPanel(runner: ReturnType<typeof fakeRunner>, workflow: ContactWorkflowItem, contactName = 'Finn') {
  const r = createRenderer('crm.record.sidebar');
  const Host = () => {
    const writes = useWrites(runner.run, idle, WORKFLOW_WRITES, () => undefined);
    return (
      <WorkflowPanel run={runner.run} workflow={workflow} contactId="1006" userId="2620022" contactName={contactName} busy={false} writes={writes} onUnenrolled={() => undefined} />
    );
  };
  r.render(<Host />);
  return r;
}
