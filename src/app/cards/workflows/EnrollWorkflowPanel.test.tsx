/** The enroll picker on the Workflows card: who can join, filtering, preview and warnings, one write, no stale state. */
import { Accordion, Alert, Button, EmptyState, LoadingButton, LoadingSpinner, Panel, SearchInput, Text, ToggleGroup } from '@hubspot/ui-extensions';
import type { ContactWorkflowsResult, EnrollInWorkflowResult } from '../../../../server/workflows/types';
import { fakeRunner, ok } from '../shared/testing';
import { classicDetails, empty, enrolled, enrolledClassic, fail, onlyWelcome, picker, welcomeDetails } from './__fixtures__/workflows';
import { held, renderCard, texts, tick, type R } from './__fixtures__/render';
import { ENROLL_WORKFLOW_PANEL_ID } from './EnrollWorkflowPanel';

const options = (r: R) => r.find(ToggleGroup, { testId: 'workflow-options' }).props.options;
const panel = (r: R) => r.find(Panel, { testId: 'enroll-workflow-panel' });

async function openPicker(runner: ReturnType<typeof fakeRunner>, contact?: Record<string, string | null>) {
  const r = renderCard(runner, contact);
  await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
  expect(runner.callsOf('search-workflows')).toHaveLength(0); // nothing before the picker opens
  panel(r).trigger('onOpen');
  await r.waitFor(() => expect(r.find(ToggleGroup, { testId: 'workflow-options' })).toBeTruthy());
  return r;
}
const pick = async (r: R, id: string) => {
  r.find(ToggleGroup, { testId: 'workflow-options' }).trigger('onChange', id as never);
  await r.waitFor(() => expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(false));
};

describe('Workflows card: the enroll picker', () => {
  it('lists who can join first, the others greyed with their reason; a count; typing filters without a call', async () => {
    const runner = fakeRunner({ 'contact-workflows': ok(empty), 'search-workflows': ok(picker) });
    const r = await openPicker(runner);
    expect(runner.callsOf('search-workflows')[0].params).toEqual({ contactId: '1006' });
    expect(options(r)).toEqual([
      { label: 'Welcome series', value: '11000001', readOnly: false, description: undefined },
      { label: 'Webinar follow-up', value: '11000003', readOnly: false, description: undefined },
      { label: 'Classic lead rotation', value: '11000004', readOnly: false, description: undefined },
      { label: 'Lead scoring', value: '11000002', readOnly: true, description: 'It is turned off.' },
      { label: 'Welcome back', value: '11000005', readOnly: true, description: 'This contact is already in it.' },
    ]);
    expect(r.find(Text, { testId: 'workflow-count' }).text).toBe('5 of 5 workflows');
    r.find(SearchInput, { testId: 'workflow-search' }).trigger('onInput', 'WELC' as never);
    await r.waitFor(() => expect(r.find(Text, { testId: 'workflow-count' }).text).toBe('2 of 5 workflows match "WELC"'));
    expect(options(r).map((o) => o.label)).toEqual(['Welcome series', 'Welcome back']);
    r.find(SearchInput, { testId: 'workflow-search' }).trigger('onInput', 'zzz' as never);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflow-empty' })).toBeTruthy());
    expect(texts(r)).toContain('No contact-based workflow name contains "zzz".');
    expect(runner.callsOf('search-workflows')).toHaveLength(1);
    // A disabled item cannot be selected, and Enroll stays off until something enrollable is picked.
    r.find(SearchInput, { testId: 'workflow-search' }).trigger('onInput', '' as never);
    await r.waitFor(() => expect(r.find(ToggleGroup, { testId: 'workflow-options' })).toBeTruthy());
    r.find(ToggleGroup, { testId: 'workflow-options' }).trigger('onChange', '11000002' as never);
    await tick();
    expect(runner.callsOf('get-workflow')).toHaveLength(0);
    expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(true);
  });

  it('reopening re-reads who can join (the list may have changed): a spinner, not the last list', async () => {
    const again = held<typeof picker>();
    const runner = fakeRunner({ 'contact-workflows': ok(empty), 'search-workflows': [ok(picker), again.answer] });
    const r = await openPicker(runner);
    panel(r).trigger('onClose');
    panel(r).trigger('onOpen');
    await r.waitFor(() => expect(r.find(LoadingSpinner, { testId: 'workflow-loading' })).toBeTruthy());
    expect(r.maybeFind(ToggleGroup, { testId: 'workflow-options' })).toBeNull();
    again.release({
      ok: true,
      data: { ...picker, workflows: picker.workflows.map((w) => (w.legacyWorkflowId === '11000001' ? { ...w, canEnroll: false, reason: 'This contact is already in it.' } : w)) },
    });
    await r.waitFor(() => expect(options(r).find((o) => o.value === '11000001')).toMatchObject({ readOnly: true, description: 'This contact is already in it.' }));
    expect(runner.callsOf('search-workflows')).toHaveLength(2);
  });

  it("a contact who can't be enrolled anywhere (no email): the reason up front, every item greyed", async () => {
    const noEmail = {
      ...picker,
      enrollableCount: 0,
      contactReason: 'This contact has no email address, and HubSpot enrolls contacts in workflows by email.',
      workflows: picker.workflows.map((w) => ({ ...w, canEnroll: false, reason: w.reason ?? 'The contact has no email address.' })),
    };
    const r = await openPicker(fakeRunner({ 'contact-workflows': ok(empty), 'search-workflows': ok(noEmail) }));
    expect(r.find(Alert, { testId: 'contact-reason' }).props.title).toBe("Can't enroll");
    expect(r.find(Alert, { testId: 'contact-reason' }).text).toContain('no email address');
    expect(options(r).every((o) => o.readOnly)).toBe(true);
    expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(true);
  });

  it('preview: the decoded steps and the warnings for this contact, read by legacy id with the contact and the user', async () => {
    const warnings = ['Gia Quiet opted out of marketing email: step 2 (Send marketing email) will not send to them.'];
    const runner = fakeRunner({ 'contact-workflows': ok(empty), 'search-workflows': ok(picker), 'get-workflow': ok({ ...welcomeDetails, warnings }) });
    const r = await openPicker(runner);
    await pick(r, '11000001');
    expect(runner.callsOf('get-workflow')[0].params).toEqual({ legacyWorkflowId: '11000001', contactId: '1006', userId: '2620022' });
    expect(r.find(Alert, { testId: 'workflow-warnings' }).props.title).toBe('Before you enroll this contact');
    expect(r.find(Text, { testId: 'workflow-warnings-0' }).text).toBe(warnings[0]);
    expect(r.find(Text, { testId: 'preview-trigger-summary' }).text).toBe('Enrolls when:');
  });

  it('enroll: one call with the flow id from the preview; the result beside the button; the list shows it at once and refreshes behind', async () => {
    const write = held<EnrollInWorkflowResult>();
    const reread = held<ContactWorkflowsResult>();
    const runner = fakeRunner({
      'contact-workflows': [ok(empty), reread.answer],
      'search-workflows': ok(picker),
      'get-workflow': ok(welcomeDetails),
      'enroll-in-workflow': write.answer,
    });
    const r = await openPicker(runner);
    await pick(r, '11000001');
    const button = r.find(LoadingButton, { testId: 'enroll-submit' });
    button.trigger('onClick');
    button.trigger('onClick'); // a double click in one render: the ref guard
    await tick();
    expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.loading).toBe(true);
    // The answer names a workflow the card has not read (the contact joined it elsewhere): only a re-read has its row.
    write.release({ ok: true, data: { ...enrolled, memberOf: ['11000001', '11000002'] } });
    await r.waitFor(() => expect(r.find(Alert, { testId: 'enroll-success' }).text).toBe('Gia Quiet was enrolled in Welcome series.'));
    expect(runner.callsOf('enroll-in-workflow')).toEqual([{ uid: 'enroll-in-workflow', params: { contactId: '1006', flowId: '600000001' } }]);
    // No stale "not in any workflow": the row is there from the answer, marked, while the re-read runs.
    expect(r.maybeFind(EmptyState, { testId: 'workflows-empty' })).toBeNull();
    expect(texts(r)).toContain('Enrolled just now');
    expect(r.find(LoadingSpinner, { testId: 'refreshing' })).toBeTruthy();
    expect(r.find(Button, { testId: 'open-enroll' }).props.disabled).toBe(true);
    expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(true);
    expect(r.find(Button, { testId: 'workflow-cancel' }).text).toBe('Close');
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
    reread.release({ ok: true, data: onlyWelcome });
    await r.waitFor(() => expect(r.maybeFind(LoadingSpinner, { testId: 'refreshing' })).toBeNull());
    expect(texts(r)).not.toContain('Enrolled just now');
    expect(r.find(Button, { testId: 'open-workflow-11000001' }).text).toBe('Welcome series');
    r.find(Button, { testId: 'workflow-cancel' }).trigger('onClick');
    expect(r.mocks.actions.closeOverlay.calls).toEqual([[ENROLL_WORKFLOW_PANEL_ID]]);
    expect(runner.callsOf('enroll-in-workflow')).toHaveLength(1);
  });

  it('enroll: the answer carries the membership it produced, so the list shows it with no second function call', async () => {
    const runner = fakeRunner({ 'contact-workflows': ok(empty), 'search-workflows': ok(picker), 'get-workflow': ok(welcomeDetails), 'enroll-in-workflow': ok(enrolled) });
    const r = await openPicker(runner);
    await pick(r, '11000001');
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Alert, { testId: 'enroll-success' })).toBeTruthy());
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-11000001' }).text).toBe('Welcome series'));
    await tick();
    expect(runner.callsOf('contact-workflows')).toHaveLength(1);
    expect(r.maybeFind(LoadingSpinner, { testId: 'refreshing' })).toBeNull();
    expect(texts(r)).not.toContain('Enrolled just now'); // the list on screen is the one the answer produced
    expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(true); // never the same enrollment twice
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
  });

  it('refusal: the message beside the button, nothing reloaded, not offered again', async () => {
    const runner = fakeRunner({
      'contact-workflows': ok(empty),
      'search-workflows': ok(picker),
      'get-workflow': ok(welcomeDetails),
      'enroll-in-workflow': fail('WORKFLOW_OFF', '"Welcome series" is turned off. Turn it on in HubSpot before enrolling contacts.'),
    });
    const r = await openPicker(runner);
    await pick(r, '11000001');
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Alert, { testId: 'enroll-error' })).toBeTruthy());
    const alert = r.find(Alert, { testId: 'enroll-error' });
    expect(alert.props.variant).toBe('danger');
    expect(alert.text).toContain('"Welcome series" is turned off.');
    expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(true);
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(0);
    expect(runner.callsOf('contact-workflows')).toHaveLength(1);
  });

  it('OUTCOME_UNKNOWN: "Enrollment not confirmed", the list re-checked, no retry', async () => {
    const runner = fakeRunner({
      'contact-workflows': [ok(empty), ok(onlyWelcome)],
      'search-workflows': ok(picker),
      'get-workflow': ok(welcomeDetails),
      'enroll-in-workflow': fail('OUTCOME_UNKNOWN', 'HubSpot did not confirm whether this went through.'),
    });
    const r = await openPicker(runner);
    await pick(r, '11000001');
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Alert, { testId: 'enroll-unknown' }).props.title).toBe('Enrollment not confirmed'));
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-11000001' })).toBeTruthy());
    expect(runner.callsOf('contact-workflows')).toHaveLength(2);
    expect(r.find(Text, { testId: 'unconfirmed' }).text).toContain('Enrollment not confirmed');
    expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(true);
    expect(r.maybeFind(Button, { testId: 'retry' })).toBeNull();
    expect(runner.callsOf('enroll-in-workflow')).toHaveLength(1);
  });

  it('a retryable failure (HUBSPOT_UNAVAILABLE, nothing sent): the error beside the button, Enroll offered again', async () => {
    const runner = fakeRunner({
      'contact-workflows': ok(empty),
      'search-workflows': ok(picker),
      'get-workflow': ok(welcomeDetails),
      'enroll-in-workflow': fail('HUBSPOT_UNAVAILABLE', 'HubSpot is not reachable right now. Try again in a moment.', true),
    });
    const r = await openPicker(runner);
    await pick(r, '11000001');
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Alert, { testId: 'enroll-error' }).text).toContain('not reachable'));
    expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(false);
    expect(r.mocks.actions.addAlert.calls).toHaveLength(0);
    expect(r.mocks.actions.closeOverlay.calls).toHaveLength(0);
  });

  it('a workflow without v4 mapping: previewed with what is known (no id outside "Advanced details"), enrolled by its legacy id', async () => {
    const write = held<EnrollInWorkflowResult>();
    const runner = fakeRunner({ 'contact-workflows': ok(empty), 'search-workflows': ok(picker), 'get-workflow': ok(classicDetails), 'enroll-in-workflow': write.answer });
    const r = await openPicker(runner);
    await pick(r, '11000004');
    expect(runner.callsOf('get-workflow')[0].params).toEqual({ legacyWorkflowId: '11000004', contactId: '1006', userId: '2620022' });
    expect(r.maybeFind(Alert, { testId: 'preview-error' })).toBeNull();
    expect(r.find(Text, { testId: 'preview-no-details' }).text).toBe(classicDetails.stepsUnavailable);
    expect(r.find(Text, { testId: 'workflow-warnings-0' }).text).toMatch(/could not be checked/);
    expect(texts(r)).toContain('Contact-based workflow');
    // The ids only inside the accordion; nowhere else in the panel ("Workflow 11000004" was the old error).
    expect(r.find(Accordion, { testId: 'preview-advanced' }).find(Text, { testId: 'preview-ids' }).text).toBe('No v4 workflow id · legacy id 11000004');
    const outside = r
      .findAll(Text)
      .filter((t) => t.props.testId !== 'preview-ids')
      .map((t) => t.text ?? '');
    expect(outside.join('\n')).not.toMatch(/11000004|v4|legacy/);
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick');
    await tick();
    write.release({ ok: true, data: enrolledClassic });
    await r.waitFor(() => expect(r.find(Alert, { testId: 'enroll-success' }).text).toBe('Gia Quiet was enrolled in Classic lead rotation.'));
    expect(runner.callsOf('enroll-in-workflow')).toEqual([{ uid: 'enroll-in-workflow', params: { contactId: '1006', legacyWorkflowId: '11000004' } }]);
  });

  it('every call for the contact asks HubSpot to send its email and opt-out (no contacts read in the functions)', async () => {
    const runner = fakeRunner({ 'contact-workflows': ok(empty), 'search-workflows': ok(picker), 'get-workflow': ok(welcomeDetails), 'enroll-in-workflow': ok(enrolled) });
    const r = await openPicker(runner);
    await pick(r, '11000001');
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Alert, { testId: 'enroll-success' })).toBeTruthy());
    const contact = ['hs_object_id', 'email', 'hs_email_optout'];
    expect(runner.propertiesSentWith('search-workflows')).toEqual([contact]);
    expect(runner.propertiesSentWith('get-workflow')).toEqual([contact]);
    expect(runner.propertiesSentWith('enroll-in-workflow')).toEqual([contact]);
  });

  it('a workflow the preview says this contact cannot join: the reason beside a disabled Enroll', async () => {
    const runner = fakeRunner({
      'contact-workflows': ok(empty),
      'search-workflows': ok(picker),
      'get-workflow': ok({ ...welcomeDetails, enrollment: { isMember: true, canEnroll: false, reason: 'Gia Quiet is already in this workflow.' } }),
    });
    const r = await openPicker(runner);
    r.find(ToggleGroup, { testId: 'workflow-options' }).trigger('onChange', '11000001' as never);
    await r.waitFor(() => expect(r.find(Text, { testId: 'enroll-blocked' }).text).toBe('Gia Quiet is already in this workflow.'));
    expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(true);
  });
});
