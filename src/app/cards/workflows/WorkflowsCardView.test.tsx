import { Accordion, Alert, Button, EmptyState, ErrorState, Flex, LoadingButton, LoadingSpinner, Panel, SearchInput, StatusTag, Text } from '@hubspot/ui-extensions';
import type { ContactWorkflowsResult, UnenrollFromWorkflowResult } from '../../../../server/workflows/types';
import { fakeRunner, ok } from '../shared/testing';
import { held, renderCard, texts, tick } from './__fixtures__/render';
import { catalog, decoded, empty, fail, onlyWelcome, three, unenrolled, welcomeDetails } from './__fixtures__/workflows';

describe('Workflows card: the list', () => {
  it('shows a spinner, then every workflow the same way: name (opens its panel), On/Off, "Contact-based workflow"', async () => {
    const runner = fakeRunner({ 'contact-workflows': [() => new Promise((res) => setTimeout(() => res({ ok: true, data: three }), 30))] });
    const r = renderCard(runner);
    expect(r.find(LoadingSpinner).props.label).toBe('Loading workflows');
    await r.waitFor(() => expect(r.maybeFind(LoadingSpinner)).toBeNull());
    expect(runner.callsOf('contact-workflows')[0].params).toEqual({ contactId: '1006' });
    expect(
      r
        .findAll(Button)
        .filter((b) => b.props.testId?.startsWith('open-workflow-'))
        .map((b) => b.text),
    ).toEqual(['Classic lead rotation', 'Lead scoring', 'Welcome series']);
    expect(r.findAll(StatusTag).map((t) => `${t.text}:${t.props.variant}`)).toEqual(['On:success', 'Off:default', 'On:success']);
    const all = texts(r);
    expect(all.split('\n').filter((l) => l === 'Contact-based workflow')).toHaveLength(3);
    expect(all).not.toMatch(/legacy|v4|11000004|600000/);
  });

  it('empty: names the contact', async () => {
    const r = renderCard(fakeRunner({ 'contact-workflows': ok(empty) }));
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    await r.waitFor(() => expect(texts(r)).toContain('Gia Quiet is not in any workflow.'));
  });

  it('error with retry: the retry calls again and shows the list', async () => {
    const runner = fakeRunner({ 'contact-workflows': [fail('HUBSPOT_UNAVAILABLE', 'HubSpot is not reachable right now. Try again in a moment.', true), ok(three)] });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(ErrorState)).toBeTruthy());
    expect(texts(r)).toContain('HubSpot is not reachable right now.');
    r.find(Button, { testId: 'retry' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-11000001' })).toBeTruthy());
    expect(runner.callsOf('contact-workflows')).toHaveLength(2);
  });

  it('a non-retryable error (UNAUTHORIZED): the message, no "Try again"', async () => {
    const r = renderCard(fakeRunner({ 'contact-workflows': fail('UNAUTHORIZED', "The app's HubSpot access token was rejected.") }));
    await r.waitFor(() => expect(r.find(ErrorState)).toBeTruthy());
    expect(texts(r)).toContain("The app's HubSpot access token was rejected.");
    expect(r.maybeFind(Button, { testId: 'retry' })).toBeNull();
  });

  it('a contact without email: "Can\'t enroll" up front, no Enroll button', async () => {
    const r = renderCard(fakeRunner({ 'contact-workflows': ok(empty) }), { firstname: 'Cleo', lastname: 'Noemail', email: null });
    await r.waitFor(() => expect(r.find(Flex, { testId: 'cannot-enroll' })).toBeTruthy());
    expect(r.find(Flex, { testId: 'cannot-enroll' }).find(StatusTag).text).toBe("Can't enroll");
    expect(texts(r)).toContain('This contact has no email address');
    expect(r.maybeFind(Button, { testId: 'open-enroll' })).toBeNull();
  });
});

describe('Workflows card: a workflow panel', () => {
  it('decoded for a rep: one numbering, jumps by step number and name, the trigger once, ids only in "Advanced details"', async () => {
    const runner = fakeRunner({ 'contact-workflows': ok(three), 'get-workflow': ok(decoded) });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-11000002' })).toBeTruthy());
    expect(runner.callsOf('get-workflow')).toHaveLength(0); // nothing fetched before the panel opens
    r.find(Panel, { testId: 'workflow-panel-11000002' }).trigger('onOpen');
    await r.waitFor(() => expect(r.find(Alert, { testId: 'decoded-11000002-problems' })).toBeTruthy());
    // The contact and the acting user go with the read: warnings and enrollability are for them.
    expect(runner.callsOf('get-workflow')[0].params).toEqual({ flowId: '600000002', contactId: '1006', userId: '2620022' });
    const panel = r.find(Panel, { testId: 'workflow-panel-11000002' });
    const all = texts(panel);
    expect(all).toContain('1. Branch on a value');
    expect(all).toContain('If Lead status is New');
    expect(all).toContain('↪ Go to step 3: Edit records');
    expect(all).toContain('3. Edit records');
    expect(all).toContain('Never run (nothing leads to them from the start)');
    // The trigger: its lead and outline, not the sentence again.
    expect(all.match(/hs_form_id is any of abc/g)).toHaveLength(1);
    expect(all).toContain('Enrolls when:');
    // One marker per item: steps carry their number in plain lists, branches are the bulleted paths.
    expect(
      r
        .find(Flex, { testId: 'decoded-11000002' })
        .findAll(Text)
        .some((t) => /^• /.test(t.text ?? '')),
    ).toBe(false);
    // Ids: only in the advanced details.
    const advanced = panel.find(Accordion, { testId: 'decoded-11000002-advanced' });
    expect(texts(advanced)).toContain('Step 3: action 4 · type 0-5');
    expect(texts(advanced)).toContain('Workflow id 600000002 · legacy id 11000002');
    expect(texts(panel.find(Flex, { testId: 'decoded-11000002-step-4' }))).not.toMatch(/action 4|0-5/);
    const branch = r.find(Flex, { testId: 'decoded-11000002-branch-1-0' });
    expect(branch.find(Flex, { testId: 'decoded-11000002-step-2' }).find(Text, { testId: 'decoded-11000002-jump-2' }).text).toBe('↪ Go to step 3: Edit records');
  });

  it('a workflow without v4 details opens like the others, says what is known, and can be unenrolled by its legacy id', async () => {
    const runner = fakeRunner({
      'contact-workflows': [ok(three), ok({ ...three, workflows: three.workflows.slice(1) })],
      'unenroll-from-workflow': ok({ ...unenrolled, flowId: null, legacyWorkflowId: '11000004' }),
    });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-11000004' })).toBeTruthy());
    r.find(Panel, { testId: 'workflow-panel-11000004' }).trigger('onOpen');
    const known = r.find(Flex, { testId: 'workflow-without-details-11000004' });
    expect(known.find(StatusTag).text).toBe('On');
    expect(texts(known)).toContain('Contact-based workflow');
    expect(texts(known)).toContain("HubSpot does not share this workflow's steps with apps");
    expect(runner.callsOf('get-workflow')).toHaveLength(0);
    // Unenroll works for it too, by its legacy id.
    r.find(Button, { testId: 'unenroll-11000004' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(LoadingButton, { testId: 'unenroll-confirm-11000004' })).toBeTruthy());
    r.find(LoadingButton, { testId: 'unenroll-confirm-11000004' }).trigger('onClick');
    await r.waitFor(() => expect(r.maybeFind(Flex, { testId: 'workflow-11000004' })).toBeNull());
    expect(runner.callsOf('unenroll-from-workflow')[0].params).toEqual({ contactId: '1006', legacyWorkflowId: '11000004' });
  });

  it("shows get-workflow's warnings for this contact", async () => {
    const warnings = ['Step 2 enrolls in a sequence, but Gia Quiet is already in "Intro sequence": HubSpot allows one active sequence per contact, so that step will fail.'];
    const r = renderCard(
      fakeRunner({ 'contact-workflows': ok(onlyWelcome), 'get-workflow': ok({ ...welcomeDetails, warnings, enrollment: { isMember: true, canEnroll: false } }) }),
    );
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-11000001' })).toBeTruthy());
    r.find(Panel, { testId: 'workflow-panel-11000001' }).trigger('onOpen');
    await r.waitFor(() => expect(r.find(Alert, { testId: 'warnings-11000001' })).toBeTruthy());
    expect(r.find(Alert, { testId: 'warnings-11000001' }).props.variant).toBe('warning');
    expect(r.find(Text, { testId: 'warnings-11000001-0' }).text).toBe(warnings[0]);
  });
});

describe('Workflows card: unenroll', () => {
  const member = { ...welcomeDetails, enrollment: { isMember: true, canEnroll: false, reason: 'Already in it.' } };
  async function openWelcome(runner: ReturnType<typeof fakeRunner>) {
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-11000001' })).toBeTruthy());
    r.find(Panel, { testId: 'workflow-panel-11000001' }).trigger('onOpen');
    await r.waitFor(() => expect(r.find(Button, { testId: 'unenroll-11000001' }).props.disabled).toBe(false));
    return r;
  }

  it('asks first (naming the contact and the workflow), sends one call per confirmed click, removes the row at once, then refreshes', async () => {
    const call = held<UnenrollFromWorkflowResult>();
    const reread = held<ContactWorkflowsResult>();
    const runner = fakeRunner({ 'contact-workflows': [ok(onlyWelcome), reread.answer], 'get-workflow': ok(member), 'unenroll-from-workflow': call.answer });
    const r = await openWelcome(runner);
    r.find(Button, { testId: 'unenroll-11000001' }).trigger('onClick');
    expect(runner.callsOf('unenroll-from-workflow')).toHaveLength(0); // asked, not sent
    await r.waitFor(() =>
      expect(r.find(Text, { testId: 'unenroll-confirm-text-11000001' }).text).toBe(
        'Unenroll Gia Quiet from "Welcome series"? The workflow\'s remaining steps will not run for them.',
      ),
    );
    const yes = r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' });
    yes.trigger('onClick');
    yes.trigger('onClick'); // same render: only the ref guard stops it
    await tick();
    r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' }).trigger('onClick');
    await tick();
    expect(runner.callsOf('unenroll-from-workflow')).toEqual([{ uid: 'unenroll-from-workflow', params: { contactId: '1006', flowId: '600000001' } }]);
    // The answer names a workflow the card has not read (joined elsewhere): the card re-reads for its row.
    call.release({ ok: true, data: { ...unenrolled, memberOf: ['11000002'] } });
    // At once, from the answer: the row is gone, the card says it is refreshing, no write is offered meanwhile.
    await r.waitFor(() => expect(r.maybeFind(Flex, { testId: 'workflow-11000001' })).toBeNull());
    expect(r.find(LoadingSpinner, { testId: 'refreshing' }).props.label).toBe('Refreshing…');
    expect(r.find(Button, { testId: 'open-enroll' }).props.disabled).toBe(true);
    expect(r.mocks.actions.addAlert.calls[0][0]).toEqual({ type: 'success', title: 'Unenrolled from workflow', message: 'Gia Quiet was unenrolled from Welcome series.' });
    expect(r.mocks.actions.closeOverlay.calls).toEqual([['workflow-panel-11000001']]);
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
    // A re-read that still lists it (HubSpot lagging) does not bring the stale row back.
    reread.release({ ok: true, data: onlyWelcome });
    await r.waitFor(() => expect(r.maybeFind(LoadingSpinner, { testId: 'refreshing' })).toBeNull());
    expect(r.maybeFind(Flex, { testId: 'workflow-11000001' })).toBeNull();
    expect(r.find(Button, { testId: 'open-enroll' }).props.disabled).toBe(false);
    expect(runner.callsOf('unenroll-from-workflow')).toHaveLength(1);
  });

  it('the answer carries the membership it produced: the row is gone with no second function call', async () => {
    const runner = fakeRunner({ 'contact-workflows': ok(onlyWelcome), 'get-workflow': ok(member), 'unenroll-from-workflow': ok(unenrolled) });
    const r = await openWelcome(runner);
    r.find(Button, { testId: 'unenroll-11000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' })).toBeTruthy());
    r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    await tick();
    expect(runner.callsOf('contact-workflows')).toHaveLength(1);
    expect(r.maybeFind(LoadingSpinner, { testId: 'refreshing' })).toBeNull();
    expect(r.find(Button, { testId: 'open-enroll' }).props.disabled).toBe(false);
  });

  it('"Keep enrolled" cancels without a call', async () => {
    const runner = fakeRunner({ 'contact-workflows': ok(onlyWelcome), 'get-workflow': ok(member), 'unenroll-from-workflow': ok(unenrolled) });
    const r = await openWelcome(runner);
    r.find(Button, { testId: 'unenroll-11000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Button, { testId: 'unenroll-cancel-11000001' })).toBeTruthy());
    r.find(Button, { testId: 'unenroll-cancel-11000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Button, { testId: 'unenroll-11000001' })).toBeTruthy());
    expect(runner.callsOf('unenroll-from-workflow')).toHaveLength(0);
  });

  it('OUTCOME_UNKNOWN: "Unenrollment not confirmed", the list re-checked, no second try offered', async () => {
    const runner = fakeRunner({
      'contact-workflows': ok(onlyWelcome),
      'get-workflow': ok(member),
      'unenroll-from-workflow': fail('OUTCOME_UNKNOWN', 'HubSpot did not confirm whether this went through.'),
    });
    const r = await openWelcome(runner);
    r.find(Button, { testId: 'unenroll-11000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' })).toBeTruthy());
    r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Alert, { testId: 'unenroll-unknown-11000001' }).props.title).toBe('Unenrollment not confirmed'));
    await r.waitFor(() => expect(runner.callsOf('contact-workflows')).toHaveLength(2));
    expect(r.find(Button, { testId: 'unenroll-11000001' }).props.disabled).toBe(true);
    expect(r.maybeFind(Button, { testId: 'retry' })).toBeNull();
    expect(r.find(Text, { testId: 'unconfirmed' }).text).toContain('Unenrollment not confirmed');
    expect(runner.callsOf('unenroll-from-workflow')).toHaveLength(1);
  });

  it('NOT_ENROLLED: says so and re-reads the list', async () => {
    const runner = fakeRunner({
      'contact-workflows': [ok(onlyWelcome), ok(empty)],
      'get-workflow': ok(member),
      'unenroll-from-workflow': fail('NOT_ENROLLED', 'Gia Quiet is not in "Welcome series" (any more): nothing was changed.'),
    });
    const r = await openWelcome(runner);
    r.find(Button, { testId: 'unenroll-11000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' })).toBeTruthy());
    r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    expect(runner.callsOf('contact-workflows')).toHaveLength(2);
  });
});

describe('Workflows card: action type reference', () => {
  it('fetched once, filters as you type (id, name, description)', async () => {
    const runner = fakeRunner({ 'contact-workflows': ok(empty), 'action-type-catalog': ok(catalog) });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    expect(runner.callsOf('action-type-catalog')).toHaveLength(0);
    r.find(Panel, { testId: 'reference-panel' }).trigger('onOpen');
    await r.waitFor(() => expect(r.find(Text, { testId: 'reference-count' }).text).toContain('3 of 3 types'));
    const search = () => r.find(SearchInput, { testId: 'reference-search' });
    search().trigger('onInput', 'SEQUENCE' as never);
    await r.waitFor(() => expect(r.find(Text, { testId: 'reference-count' }).text).toContain('1 of 3 types'));
    expect(texts(r)).toContain('Enroll in a sequence');
    expect(texts(r)).not.toContain('Form submission');
    search().trigger('onInput', '4-1639801' as never);
    await r.waitFor(() => expect(texts(r)).toContain('Form submission'));
    expect(texts(r)).toContain('4-1639801 · Forms');
    search().trigger('onInput', 'specific amount of days' as never);
    await r.waitFor(() => expect(texts(r)).toContain('Delay for a set amount of time'));
    search().trigger('onInput', 'zzz' as never);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'reference-empty' })).toBeTruthy());
    r.find(Panel, { testId: 'reference-panel' }).trigger('onOpen');
    await tick();
    expect(runner.callsOf('action-type-catalog')).toHaveLength(1);
  });
});
