/** Renders the Workflows card for tests: a fake runner, HubSpot's mock actions, a contact's properties. */
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { Text } from '@hubspot/ui-extensions';
import type { FunctionResult } from '../../../../../server/contract';
import type { fakeRunner } from '../../shared/testing';
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
