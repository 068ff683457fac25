/** "Enroll in workflow" steps on the Workflows card: the chained workflow opens in place (read by flow id alone), Back returns, no write meanwhile. */
import { Button, LoadingButton, LoadingSpinner, Panel, Text, ToggleGroup, EmptyState, ErrorState } from '@hubspot/ui-extensions';
import { fakeRunner, ok } from '../shared/testing';
import { chainAnswers, companyFlow } from './__fixtures__/chained';
import { empty, fail, onlyWelcome, picker } from './__fixtures__/workflows';
import { held, renderCard, texts, type R } from './__fixtures__/render';
import type { GetWorkflowResult } from '../../../../server/functions/get-workflow';

const W = '11000001';
const panelOf = (r: R) => r.find(Panel, { testId: `workflow-panel-${W}` });
const button = (r: R, testId: string) => r.find(Button, { testId });
/** What a rep reads: no flow or object type ids, no placeholders. */
const NOT_FOR_REPS = /600000|2-34637667|\b0-[0-9]+\b|undefined|null|NaN|not set/;

async function openPanel(runner: ReturnType<typeof fakeRunner>) {
  const r = renderCard(runner);
  await r.waitFor(() => expect(r.find(Button, { testId: `open-workflow-${W}` })).toBeTruthy());
  panelOf(r).trigger('onOpen');
  await r.waitFor(() => expect(r.maybeFind(Button, { testId: `decoded-${W}-open-chained-2` })).toBeTruthy());
  return r;
}
/** The panel's text without its "Advanced details" (where ids are shown on purpose). */
const repTexts = (r: R) =>
  texts(panelOf(r))
    .split('\n')
    .filter((l) => !/^(Workflow id|Step \d+: action|Trigger event type)/.test(l))
    .join('\n');

describe('Workflows card: a workflow a step chains into', () => {
  it('opens in place with a spinner, read by its flow id without the contact; Back returns; Unenroll waits for Back', async () => {
    const company = held<GetWorkflowResult>();
    const runner = fakeRunner({ 'contact-workflows': ok(onlyWelcome), 'get-workflow': [chainAnswers, company.answer, chainAnswers] });
    const r = await openPanel(runner);
    expect(texts(panelOf(r))).toContain('Enroll in workflow Re-score company fit');
    expect(r.maybeFind(Button, { testId: `unenroll-${W}` })).toBeTruthy();

    button(r, `decoded-${W}-open-chained-2`).trigger('onClick');
    await r.waitFor(() => expect(r.find(LoadingSpinner, { testId: `decoded-${W}-chained-loading` })).toBeTruthy());
    // Only the chained workflow's id: no contact (it may run on companies), nothing to write.
    expect(runner.callsOf('get-workflow')[1].params).toEqual({ flowId: '600000012' });
    expect(r.maybeFind(Button, { testId: `unenroll-${W}` })).toBeNull();
    expect(r.find(Text, { testId: `unenroll-in-chain-${W}` }).text).toBe('Go back to "Welcome series" to unenroll Gia Quiet from it.');
    company.release({ ok: true, data: companyFlow });
    await r.waitFor(() => expect(r.find(Text, { testId: `decoded-${W}-chained-name` }).text).toBe('Re-score company fit'));
    const all = repTexts(r);
    expect(all).toContain('Company-based workflow');
    expect(all).toContain('Step 2 of "Welcome series" enrolls records in this workflow.');
    expect(button(r, `decoded-${W}-chained-back`).text).toBe('← Back to Welcome series');
    expect(all).not.toMatch(NOT_FOR_REPS);

    // One more hop: a custom-object workflow, named by its object; Back goes one step at a time.
    button(r, `decoded-${W}-chained-decoded-open-chained-1`).trigger('onClick');
    await r.waitFor(() => expect(r.find(Text, { testId: `decoded-${W}-chained-name` }).text).toBe('Webinar check-in'));
    expect(runner.callsOf('get-workflow')[2].params).toEqual({ flowId: '600000013' });
    expect(repTexts(r)).toContain('Webinar registrations workflow');
    expect(button(r, `decoded-${W}-chained-back`).text).toBe('← Back to Re-score company fit');
    expect(repTexts(r)).not.toMatch(NOT_FOR_REPS);
    button(r, `decoded-${W}-chained-back`).trigger('onClick');
    await r.waitFor(() => expect(r.find(Text, { testId: `decoded-${W}-chained-name` }).text).toBe('Re-score company fit'));
    button(r, `decoded-${W}-chained-back`).trigger('onClick');
    await r.waitFor(() => expect(r.maybeFind(Text, { testId: `decoded-${W}-chained-name` })).toBeNull());
    expect(texts(panelOf(r))).toContain('Enroll in workflow Re-score company fit');
    expect(r.maybeFind(Button, { testId: `unenroll-${W}` })).toBeTruthy();
    // The workflow the chain started from was not read again; nothing was written.
    expect(runner.callsOf('get-workflow')).toHaveLength(4);
    expect(runner.calls.filter((c) => c.uid.startsWith('enroll') || c.uid.startsWith('unenroll'))).toEqual([]);
  });

  it('a chained workflow that cannot be read: the error, "Try again" when it can help, Back still there', async () => {
    const runner = fakeRunner({
      'contact-workflows': ok(onlyWelcome),
      'get-workflow': [chainAnswers, fail('HUBSPOT_UNAVAILABLE', 'HubSpot is not reachable right now. Try again in a moment.', true), chainAnswers],
    });
    const r = await openPanel(runner);
    button(r, `decoded-${W}-open-chained-2`).trigger('onClick');
    await r.waitFor(() => expect(r.find(ErrorState)).toBeTruthy());
    expect(texts(panelOf(r))).toContain('HubSpot is not reachable right now.');
    expect(button(r, `decoded-${W}-chained-back`)).toBeTruthy();
    button(r, 'retry').trigger('onClick');
    await r.waitFor(() => expect(r.find(Text, { testId: `decoded-${W}-chained-name` }).text).toBe('Re-score company fit'));
  });

  it('closing the panel forgets the chain: it reopens on the workflow the contact is in', async () => {
    const runner = fakeRunner({ 'contact-workflows': ok(onlyWelcome), 'get-workflow': chainAnswers });
    const r = await openPanel(runner);
    button(r, `decoded-${W}-open-chained-2`).trigger('onClick');
    await r.waitFor(() => expect(r.find(Text, { testId: `decoded-${W}-chained-name` })).toBeTruthy());
    panelOf(r).trigger('onClose');
    panelOf(r).trigger('onOpen');
    await r.waitFor(() => expect(r.maybeFind(Button, { testId: `decoded-${W}-open-chained-2` })).toBeTruthy());
    expect(r.maybeFind(Text, { testId: `decoded-${W}-chained-name` })).toBeNull();
  });

  it('in the picker preview: opens in place, "Enroll" (for the selected workflow) waits for Back', async () => {
    const runner = fakeRunner({ 'contact-workflows': ok(empty), 'search-workflows': ok(picker), 'get-workflow': chainAnswers });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    r.find(Panel, { testId: 'enroll-workflow-panel' }).trigger('onOpen');
    await r.waitFor(() => expect(r.find(ToggleGroup, { testId: 'workflow-options' })).toBeTruthy());
    r.find(ToggleGroup, { testId: 'workflow-options' }).trigger('onChange', W as never);
    const submit = () => r.find(LoadingButton, { testId: 'enroll-submit' });
    await r.waitFor(() => expect(submit().props.disabled).toBe(false));
    button(r, 'preview-open-chained-2').trigger('onClick');
    await r.waitFor(() => expect(r.find(Text, { testId: 'preview-chained-name' }).text).toBe('Re-score company fit'));
    expect(submit().props.disabled).toBe(true);
    expect(r.find(Text, { testId: 'enroll-in-chain' }).text).toBe('Go back to "Welcome series" to enroll Gia Quiet in it.');
    button(r, 'preview-chained-back').trigger('onClick');
    await r.waitFor(() => expect(submit().props.disabled).toBe(false));
    // Picking another workflow starts from it, not from the chain.
    button(r, 'preview-open-chained-2').trigger('onClick');
    await r.waitFor(() => expect(r.find(Text, { testId: 'preview-chained-name' })).toBeTruthy());
    r.find(ToggleGroup, { testId: 'workflow-options' }).trigger('onChange', '11000003' as never);
    await r.waitFor(() => expect(r.maybeFind(Text, { testId: 'preview-chained-name' })).toBeNull());
  });
});
