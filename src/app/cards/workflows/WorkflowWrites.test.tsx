/** Workflows card behaviour that follows from the one write lifecycle (shared/write-lifecycle.ts), as the Sequences card already had it. */
import { Alert, Button, EmptyState, Flex, LoadingButton, LoadingSpinner, Panel, Text, ToggleGroup } from '@hubspot/ui-extensions';
import type { FunctionInput } from '../../../../server/registry';
import { fakeRunner, ok } from '../shared/testing';
import { empty, fail, onlyWelcome, picker, three, unenrolled, welcomeDetails } from './__fixtures__/workflows';
import { renderCard, texts, tick, type R } from './__fixtures__/render';

/** get-workflow for whichever workflow is picked (the preview must be of the selected one). */
const detailsOf = (p: FunctionInput<'get-workflow'>) => ({
  ok: true as const,
  data: { ...welcomeDetails, legacyWorkflowId: p.legacyWorkflowId ?? welcomeDetails.legacyWorkflowId },
});

async function openPicker(r: R) {
  await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
  r.find(Panel, { testId: 'enroll-workflow-panel' }).trigger('onOpen');
  await r.waitFor(() => expect(r.find(ToggleGroup, { testId: 'workflow-options' })).toBeTruthy());
}
const pick = async (r: R, id: string) => {
  r.find(ToggleGroup, { testId: 'workflow-options' }).trigger('onChange', id as never);
  await r.waitFor(() => expect(r.maybeFind(LoadingSpinner, { testId: 'preview-loading' })).toBeNull());
  await tick();
};
const enroll = (r: R) => r.find(LoadingButton, { testId: 'enroll-submit' });

describe('Workflows card: one write lifecycle', () => {
  it('a refusal that would come again stays off for that workflow when the rep picks another and comes back (it was forgotten)', async () => {
    const runner = fakeRunner({
      'contact-workflows': ok(empty),
      'search-workflows': ok(picker),
      'get-workflow': detailsOf,
      'enroll-in-workflow': fail('WORKFLOW_OFF', '"Welcome series" is turned off. Turn it on in HubSpot before enrolling contacts.'),
    });
    const r = renderCard(runner);
    await openPicker(r);
    await pick(r, '11000001');
    enroll(r).trigger('onClick');
    await r.waitFor(() => expect(r.find(Alert, { testId: 'enroll-error' }).text).toContain('is turned off'));
    await pick(r, '11000003');
    expect(enroll(r).props.disabled).toBe(false);
    expect(r.maybeFind(Alert, { testId: 'enroll-error' })).toBeNull(); // another workflow: nothing to say about it
    await pick(r, '11000001');
    expect(enroll(r).props.disabled).toBe(true);
    expect(r.find(Alert, { testId: 'enroll-error' }).text).toContain('is turned off'); // why it is off
    enroll(r).trigger('onClick');
    await tick();
    expect(runner.callsOf('enroll-in-workflow')).toHaveLength(1);
  });

  it('ALREADY_ENROLLED means the list on screen was stale: the card re-reads it (it did not)', async () => {
    const runner = fakeRunner({
      'contact-workflows': [ok(empty), ok(onlyWelcome)],
      'search-workflows': ok(picker),
      'get-workflow': detailsOf,
      'enroll-in-workflow': fail('ALREADY_ENROLLED', 'This contact is already in "Welcome series".'),
    });
    const r = renderCard(runner);
    await openPicker(r);
    await pick(r, '11000001');
    enroll(r).trigger('onClick');
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-11000001' })).toBeTruthy());
    expect(runner.callsOf('contact-workflows')).toHaveLength(2);
    expect(r.find(Alert, { testId: 'enroll-error' }).props.variant).toBe('info');
  });

  it('a re-read that fails after an unenroll keeps the other rows on screen, with a note (the list went empty)', async () => {
    const runner = fakeRunner({
      'contact-workflows': [ok(three), () => ({ ok: false, error: { code: 'HUBSPOT_UNAVAILABLE', message: 'HubSpot is not reachable right now.', retryable: true } })],
      'get-workflow': ok({ ...welcomeDetails, enrollment: { isMember: true, canEnroll: false, reason: 'Already in it.' } }),
      // The answer names a workflow the card has not read, so the card re-reads (and that read fails).
      'unenroll-from-workflow': ok({ ...unenrolled, memberOf: ['11000004', '11000002', '11000099'] }),
    });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-11000001' })).toBeTruthy());
    r.find(Panel, { testId: 'workflow-panel-11000001' }).trigger('onOpen');
    await r.waitFor(() => expect(r.find(Button, { testId: 'unenroll-11000001' }).props.disabled).toBe(false));
    r.find(Button, { testId: 'unenroll-11000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' })).toBeTruthy());
    r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Text, { testId: 'refresh-failed' }).text).toBe('The card could not re-read HubSpot: HubSpot is not reachable right now.'));
    expect(r.maybeFind(Flex, { testId: 'workflow-11000001' })).toBeNull();
    expect(r.find(Button, { testId: 'open-workflow-11000004' })).toBeTruthy();
    expect(r.find(Button, { testId: 'open-workflow-11000002' })).toBeTruthy();
    expect(texts(r)).not.toContain('not in any workflow');
  });
});
