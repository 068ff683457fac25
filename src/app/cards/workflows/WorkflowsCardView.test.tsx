import { createRenderer } from '@hubspot/ui-extensions/testing';
import { Alert, Button, EmptyState, ErrorState, Flex, LoadingButton, LoadingSpinner, Panel, SearchInput, StatusTag, Text } from '@hubspot/ui-extensions';
import type { ErrorCode, FunctionResult } from '../../../../server/contract';
import type { ActionTypeCatalogResult, ContactWorkflowsResult, EnrollInWorkflowResult, SearchWorkflowsResult } from '../../../../server/workflows/types';
import type { GetWorkflowResult } from '../../../../server/functions/get-workflow';
import { WorkflowsCardView } from './WorkflowsCardView';
import { ENROLL_WORKFLOW_PANEL_ID } from './EnrollWorkflowPanel';
import { fakeRunner, ok } from '../shared/testing';

const fail = (code: ErrorCode, message: string, retryable = false) => () => ({ ok: false as const, error: { code, message, retryable } });

const three: ContactWorkflowsResult = {
  contactId: '1006',
  workflows: [
    { flowId: null, legacyWorkflowId: '11000004', name: 'Classic lead rotation', isEnabled: true, objectTypeId: null, objectLabel: null, legacyType: 'PROPERTY_ANCHOR' },
    { flowId: '600000002', legacyWorkflowId: '11000002', name: 'Lead scoring', isEnabled: false, objectTypeId: '0-1', objectLabel: 'Contacts', legacyType: 'DRIP_DELAY' },
    { flowId: '600000001', legacyWorkflowId: '11000001', name: 'Welcome series', isEnabled: true, objectTypeId: '0-1', objectLabel: 'Contacts', legacyType: 'DRIP_DELAY' },
  ],
};
const empty: ContactWorkflowsResult = { contactId: '1006', workflows: [] };

const decoded: GetWorkflowResult = {
  nameNotices: [],
  flowId: '600000002',
  name: 'Lead scoring',
  isEnabled: false,
  objectTypeId: '0-1',
  objectLabel: 'Contacts',
  flowType: 'CONTACT_FLOW',
  trigger: {
    type: 'EVENT_BASED',
    summary: 'Enrolls when: Form submission (4-1639801) where hs_form_id is any of abc',
    lines: [{ depth: 0, text: 'Form submission (4-1639801) where' }, { depth: 1, text: 'hs_form_id is any of abc' }],
    reEnrollment: false,
    reEnrollmentSummary: 'Re-enrollment is off.',
    reEnrollmentLines: [],
    unenrollWhenNotMeetingCriteria: false,
  },
  steps: [
    {
      actionId: '1', actionTypeId: null, kind: 'branch', name: 'Branch on a value', summary: 'Branch on Lead status', details: [], jump: null, order: 1,
      branches: [
        { label: 'Lead status is New', isDefault: false, targetActionId: '2', edgeType: 'STANDARD', jump: null,
          steps: [{ actionId: '2', actionTypeId: '0-1', kind: 'action', name: 'Delay for a set amount of time', summary: 'Wait 1 day', details: [], branches: [], jump: 'Go to action 4 (Edit records)', order: 2 }] },
        { label: 'Otherwise (Default Path)', isDefault: true, targetActionId: '4', edgeType: 'STANDARD', jump: null,
          steps: [{ actionId: '4', actionTypeId: '0-5', kind: 'action', name: 'Edit records', summary: 'Set Lead status to In progress', details: [], branches: [], jump: null, order: 3 }] },
      ],
    },
  ],
  executionOrder: ['1', '2', '4'],
  unreachable: [{ actionId: '9', actionTypeId: '0-999', kind: 'unknown', name: 'Unknown action 0-999', summary: 'Unknown action 0-999', details: [], branches: [], jump: null, order: 0 }],
  problems: [{ code: 'UNREACHABLE', message: 'Action 9 is not reachable from the start action and never run.' }],
  actionCount: 4,
};

const searchPage: SearchWorkflowsResult = { results: [{ flowId: '600000001', name: 'Welcome series', isEnabled: true, objectTypeId: '0-1' }], after: null, truncated: false };
const enrolled: EnrollInWorkflowResult = { contactId: '1006', flowId: '600000001', legacyWorkflowId: '11000001', workflowName: 'Welcome series', email: 'a@b.c', recoveredAfterAmbiguousFailure: false };
const catalog: ActionTypeCatalogResult = {
  liveCatalog: true,
  total: 3,
  entries: [
    { kind: 'action', id: '0-1', name: 'Delay for a set amount of time', description: 'Delay enrolled records for a specific amount of days.', group: 'Delays', aliases: [], sources: ['seed:002'] },
    { kind: 'action', id: '0-46510720', name: 'Enroll in a sequence', description: 'Automatically enroll contacts in a sequence.', group: 'Enrollment', aliases: [], sources: ['seed:002'] },
    { kind: 'event', id: '4-1639801', name: 'Form submission', description: 'Triggers when a form is submitted.', group: 'Forms', aliases: [], sources: ['seed:002'] },
  ],
};

function renderCard(runner: ReturnType<typeof fakeRunner>) {
  const r = createRenderer('crm.record.sidebar');
  r.render(<WorkflowsCardView context={{ crm: { objectId: 1006 } }} actions={r.mocks.actions} runFunction={runner.run} searchDebounceMs={5} />);
  return r;
}
type R = ReturnType<typeof renderCard>;
const texts = (r: R) => r.findAll(Text).map((t) => t.text ?? '').join('\n');
const tick = (ms = 20) => new Promise((res) => setTimeout(res, ms));

function panelOf(r: R, testId: string) {
  return r.find(Panel, { testId });
}

describe('Workflows card', () => {
  it('shows a spinner, then the membership list with on/off, object and the unmapped one by legacy id', async () => {
    const runner = fakeRunner({ 'contact-workflows': [() => new Promise((res) => setTimeout(() => res({ ok: true, data: three }), 30))] });
    const r = renderCard(runner);
    expect(r.find(LoadingSpinner).props.label).toBe('Loading workflows');
    await r.waitFor(() => expect(r.maybeFind(LoadingSpinner)).toBeNull());
    expect(runner.callsOf('contact-workflows')[0].params).toEqual({ contactId: '1006' });
    const all = texts(r);
    expect(all).toContain('legacy workflow 11000004, no v4 details available');
    expect(all).toContain('Contacts workflow');
    expect(r.find(Button, { testId: 'open-workflow-600000001' }).text).toBe('Welcome series');
    expect(r.find(Button, { testId: 'open-workflow-600000002' }).text).toBe('Lead scoring');
    expect(r.maybeFind(Button, { testId: 'open-workflow-null' })).toBeNull();
    expect(r.findAll(StatusTag).map((t) => `${t.text}:${t.props.variant}`)).toEqual(['On:success', 'Off:default', 'On:success']);
  });

  it('empty: "This contact is not in any workflow"', async () => {
    const r = renderCard(fakeRunner({ 'contact-workflows': ok(empty) }));
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    expect(texts(r)).toContain('This contact is not in any workflow.');
  });

  it('error with retry: the retry calls again and shows the list', async () => {
    const runner = fakeRunner({ 'contact-workflows': [fail('HUBSPOT_UNAVAILABLE', 'HubSpot is not reachable right now. Try again in a moment.', true), ok(three)] });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(ErrorState)).toBeTruthy());
    expect(texts(r)).toContain('HubSpot is not reachable right now.');
    r.find(Button, { testId: 'retry' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-600000001' })).toBeTruthy());
    await r.waitFor(() => expect(runner.callsOf('contact-workflows')).toHaveLength(2));
  });

  it('after an enroll the new workflow is listed at once, with "Refreshing…" and Enroll off while the list reloads', async () => {
    let release: (v: unknown) => void = () => {};
    const runner = fakeRunner({
      'contact-workflows': [ok(empty), () => new Promise((res) => { release = res as never; })],
      'search-workflows': ok(searchPage),
      'get-workflow': ok({ ...decoded, flowId: '600000001', name: 'Welcome series', problems: [], unreachable: [] }),
      'enroll-in-workflow': ok(enrolled),
    });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    panelOf(r, 'enroll-workflow-panel').trigger('onOpen');
    await r.waitFor(() => expect(r.find(Button, { testId: 'pick-600000001' })).toBeTruthy());
    r.find(Button, { testId: 'pick-600000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Text, { testId: 'trigger-summary' })).toBeTruthy());
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(LoadingSpinner, { testId: 'workflows-refreshing' })).toBeTruthy());
    expect(r.find(Button, { testId: 'open-workflow-600000001' }).text).toBe('Welcome series');
    expect(r.maybeFind(EmptyState, { testId: 'workflows-empty' })).toBeNull();
    expect(r.find(Button, { testId: 'open-enroll' }).props.disabled).toBe(true);
    release({ ok: true, data: { contactId: '1006', workflows: [three.workflows[2]] } });
    await r.waitFor(() => expect(r.maybeFind(LoadingSpinner, { testId: 'workflows-refreshing' })).toBeNull());
    expect(r.findAll(Button).filter((b) => b.props.testId === 'open-workflow-600000001')).toHaveLength(1);
    expect(r.find(Button, { testId: 'open-enroll' }).props.disabled).toBe(false);
  });

  it('a workflow opens a panel with its decoded steps, branches, jumps, trigger and problems', async () => {
    const runner = fakeRunner({ 'contact-workflows': ok(three), 'get-workflow': ok(decoded) });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-600000002' })).toBeTruthy());
    expect(runner.callsOf('get-workflow')).toHaveLength(0); // nothing fetched before the panel opens
    panelOf(r, 'workflow-panel-600000002').trigger('onOpen');
    await r.waitFor(() => expect(r.find(Alert, { testId: 'workflow-problems' })).toBeTruthy());
    expect(runner.callsOf('get-workflow')[0].params).toEqual({ flowId: '600000002' });
    expect(r.find(Alert, { testId: 'workflow-problems' }).props.variant).toBe('warning');
    const all = texts(r);
    expect(all).toContain('Enrolls when: Form submission (4-1639801) where hs_form_id is any of abc');
    expect(all).toContain('Re-enrollment is off.');
    expect(all).toContain('1. Branch on a value');
    expect(all).toContain('If Lead status is New');
    expect(all).toContain('Wait 1 day');
    expect(all).toContain('↪ Go to action 4 (Edit records)');
    expect(all).toContain('Otherwise (Default Path)');
    expect(all).toContain('Set Lead status to In progress');
    expect(all).toContain('Not reachable from the start (never run)');
    expect(all).toContain('Unknown action 0-999');
    // Branch steps are nested inside their branch's item; the jump is on step 2.
    const branch = r.find(Flex, { testId: 'branch-1-0' });
    expect(branch.find(Flex, { testId: 'step-2' }).find(Text, { testId: 'jump-2' }).text).toBe('↪ Go to action 4 (Edit records)');
    expect(r.find(Flex, { testId: 'branch-1-1' }).maybeFind(Flex, { testId: 'step-4' })).not.toBeNull();
  });

  it('enroll: search, preview, confirm → success alert, list reload, refreshObjectProperties, panel closes', async () => {
    const runner = fakeRunner({
      'contact-workflows': [ok(empty), ok({ contactId: '1006', workflows: [three.workflows[2]] })],
      'search-workflows': ok(searchPage),
      'get-workflow': ok({ ...decoded, flowId: '600000001', name: 'Welcome series', problems: [], unreachable: [] }),
      'enroll-in-workflow': ok(enrolled),
    });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    panelOf(r, 'enroll-workflow-panel').trigger('onOpen');
    r.find(SearchInput, { testId: 'workflow-search' }).trigger('onInput', 'welc' as never);
    await r.waitFor(() => expect(runner.callsOf('search-workflows').some((c) => c.params.query === 'welc')).toBe(true));
    await r.waitFor(() => expect(r.find(Button, { testId: 'pick-600000001' })).toBeTruthy());
    expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(true);
    r.find(Button, { testId: 'pick-600000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Text, { testId: 'trigger-summary' })).toBeTruthy());
    expect(runner.callsOf('get-workflow')[0].params).toEqual({ flowId: '600000001' });
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick');
    await r.waitFor(() => expect(r.mocks.actions.addAlert.calls).toHaveLength(1));
    expect(runner.callsOf('enroll-in-workflow')[0].params).toEqual({ contactId: '1006', flowId: '600000001' });
    expect(r.mocks.actions.addAlert.calls[0][0]).toEqual({ type: 'success', title: 'Enrolled in workflow', message: 'The contact was enrolled in Welcome series.' });
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
    expect(r.mocks.actions.closeOverlay.calls).toEqual([[ENROLL_WORKFLOW_PANEL_ID]]);
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-600000001' })).toBeTruthy());
    await r.waitFor(() => expect(runner.callsOf('contact-workflows')).toHaveLength(2));
  });

  it('refusal: the message stays visible, nothing is reloaded', async () => {
    const runner = fakeRunner({
      'contact-workflows': ok(empty),
      'search-workflows': ok(searchPage),
      'get-workflow': ok(decoded),
      'enroll-in-workflow': fail('WORKFLOW_OFF', '"Welcome series" is turned off. Turn it on in HubSpot before enrolling contacts.'),
    });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    panelOf(r, 'enroll-workflow-panel').trigger('onOpen');
    await r.waitFor(() => expect(r.find(Button, { testId: 'pick-600000001' })).toBeTruthy());
    r.find(Button, { testId: 'pick-600000001' }).trigger('onClick');
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Alert, { testId: 'enroll-error' })).toBeTruthy());
    await tick(30);
    const alert = r.find(Alert, { testId: 'enroll-error' });
    expect(alert.props.variant).toBe('danger');
    expect(alert.text).toContain('"Welcome series" is turned off.');
    expect(r.mocks.actions.addAlert.calls).toHaveLength(0);
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(0);
    expect(runner.callsOf('contact-workflows')).toHaveLength(1);
  });

  it('outcome unknown (HubSpot did not confirm): warns, reloads the list and properties, closes the panel, no resend', async () => {
    const runner = fakeRunner({
      'contact-workflows': [ok(empty), ok({ contactId: '1006', workflows: [three.workflows[2]] })],
      'search-workflows': ok(searchPage),
      'get-workflow': ok(decoded),
      'enroll-in-workflow': () => ({ ok: false, error: { code: 'OUTCOME_UNKNOWN', message: 'HubSpot did not confirm whether this went through.', retryable: false } }),
    });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    panelOf(r, 'enroll-workflow-panel').trigger('onOpen');
    await r.waitFor(() => expect(r.find(Button, { testId: 'pick-600000001' })).toBeTruthy());
    r.find(Button, { testId: 'pick-600000001' }).trigger('onClick');
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick');
    await r.waitFor(() => expect(r.mocks.actions.addAlert.calls).toHaveLength(1));
    expect(r.mocks.actions.addAlert.calls[0][0]).toMatchObject({ type: 'warning', title: 'Enrollment not confirmed' });
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
    expect(r.mocks.actions.closeOverlay.calls).toEqual([[ENROLL_WORKFLOW_PANEL_ID]]);
    await r.waitFor(() => expect(runner.callsOf('contact-workflows')).toHaveLength(2));
    expect(runner.callsOf('enroll-in-workflow')).toHaveLength(1);
  });

  it('double click on confirm → exactly one enroll call', async () => {
    let release: (v: FunctionResult<EnrollInWorkflowResult>) => void = () => {};
    const runner = fakeRunner({
      'contact-workflows': ok(empty),
      'search-workflows': ok(searchPage),
      'get-workflow': ok(decoded),
      'enroll-in-workflow': () => new Promise((res) => (release = res)),
    });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    panelOf(r, 'enroll-workflow-panel').trigger('onOpen');
    await r.waitFor(() => expect(r.find(Button, { testId: 'pick-600000001' })).toBeTruthy());
    r.find(Button, { testId: 'pick-600000001' }).trigger('onClick');
    const button = r.find(LoadingButton, { testId: 'enroll-submit' });
    button.trigger('onClick');
    button.trigger('onClick'); // same render: state has not updated yet, only the ref guard stops it
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick');
    await tick();
    expect(runner.callsOf('enroll-in-workflow')).toHaveLength(1);
    expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.loading).toBe(true);
    release({ ok: true, data: enrolled });
    await r.waitFor(() => expect(r.mocks.actions.addAlert.calls).toHaveLength(1));
    expect(runner.callsOf('enroll-in-workflow')).toHaveLength(1);
  });

  it('action type reference: fetched once, filters as you type (id, name, description)', async () => {
    const runner = fakeRunner({ 'contact-workflows': ok(empty), 'action-type-catalog': ok(catalog) });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    expect(runner.callsOf('action-type-catalog')).toHaveLength(0);
    panelOf(r, 'reference-panel').trigger('onOpen');
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
    panelOf(r, 'reference-panel').trigger('onOpen');
    await tick();
    expect(runner.callsOf('action-type-catalog')).toHaveLength(1);
  });

  it('a non-retryable error (UNAUTHORIZED): the message, no "Try again"', async () => {
    const r = renderCard(fakeRunner({ 'contact-workflows': fail('UNAUTHORIZED', "The app's HubSpot access token was rejected.") }));
    await r.waitFor(() => expect(r.find(ErrorState)).toBeTruthy());
    expect(texts(r)).toContain("The app's HubSpot access token was rejected.");
    expect(r.maybeFind(Button, { testId: 'retry' })).toBeNull();
  });

  it('enroll answered HUBSPOT_UNAVAILABLE (not OUTCOME_UNKNOWN): the error in the panel, no "Enrollment not confirmed"', async () => {
    const runner = fakeRunner({
      'contact-workflows': ok(empty),
      'search-workflows': ok(searchPage),
      'get-workflow': ok(decoded),
      'enroll-in-workflow': fail('HUBSPOT_UNAVAILABLE', 'HubSpot is not reachable right now. Try again in a moment.', true),
    });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    panelOf(r, 'enroll-workflow-panel').trigger('onOpen');
    await r.waitFor(() => expect(r.find(Button, { testId: 'pick-600000001' })).toBeTruthy());
    r.find(Button, { testId: 'pick-600000001' }).trigger('onClick');
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Alert, { testId: 'enroll-error' }).text).toContain('not reachable'));
    expect(r.mocks.actions.addAlert.calls).toHaveLength(0);
    expect(r.mocks.actions.closeOverlay.calls).toHaveLength(0);
  });
});
