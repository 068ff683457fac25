/** OUTCOME_UNKNOWN on the Workflows card: the write is not offered again, panel reopened or not, until a membership read settles it. */
import { Button, EmptyState, Flex, LoadingButton, LoadingSpinner, Panel, Text, ToggleGroup } from '@hubspot/ui-extensions';
import { fakeRunner, ok } from '../shared/testing';
import { empty, fail, onlyWelcome, picker, welcomeDetails } from './__fixtures__/workflows';
import { renderCard, tick, type R } from './__fixtures__/render';

const enrollPanel = (r: R) => r.find(Panel, { testId: 'enroll-workflow-panel' });
const settledRead = (r: R, reads: number, runner: ReturnType<typeof fakeRunner>) =>
  r.waitFor(() => {
    expect(runner.callsOf('contact-workflows')).toHaveLength(reads);
    expect(r.maybeFind(LoadingSpinner, { testId: 'refreshing' })).toBeNull();
  });

describe('Workflows card: a write HubSpot did not confirm', () => {
  it('enroll: close and reopen the panel, Enroll stays off with a sentence, no second call; a read listing the workflow settles it', async () => {
    const runner = fakeRunner({
      // The re-read after the write and the first Refresh lag (not listed yet); the second Refresh lists it.
      'contact-workflows': [ok(empty), ok(empty), ok(empty), ok(onlyWelcome)],
      'search-workflows': ok(picker), // lags too: still offers Welcome series
      'get-workflow': ok(welcomeDetails),
      'enroll-in-workflow': fail('OUTCOME_UNKNOWN', 'HubSpot did not confirm whether this went through.'),
    });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    const openAndPick = async () => {
      enrollPanel(r).trigger('onOpen');
      await r.waitFor(() => expect(r.find(ToggleGroup, { testId: 'workflow-options' })).toBeTruthy());
      r.find(ToggleGroup, { testId: 'workflow-options' }).trigger('onChange', '11000001' as never);
      await r.waitFor(() => expect(r.find(Flex, { testId: 'preview-section' })).toBeTruthy());
      await r.waitFor(() => expect(r.maybeFind(LoadingSpinner, { testId: 'preview-loading' })).toBeNull());
    };
    await openAndPick();
    await r.waitFor(() => expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(false));
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(true));
    await settledRead(r, 2, runner);

    enrollPanel(r).trigger('onClose');
    await openAndPick();
    const sentence = 'HubSpot has not confirmed the last enrollment yet. Refresh the card to check.';
    await r.waitFor(() => expect(r.find(Text, { testId: 'enroll-unconfirmed' }).text).toBe(sentence));
    expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(true);
    r.find(LoadingButton, { testId: 'enroll-submit' }).trigger('onClick'); // even a click that gets through sends nothing
    await tick();
    expect(runner.callsOf('enroll-in-workflow')).toHaveLength(1);

    // Refresh re-reads; a read that does not list the workflow leaves it unconfirmed.
    r.find(Button, { testId: 'refresh' }).trigger('onClick');
    await settledRead(r, 3, runner);
    expect(r.find(Text, { testId: 'enroll-unconfirmed' }).text).toBe(sentence);
    expect(r.find(LoadingButton, { testId: 'enroll-submit' }).props.disabled).toBe(true);

    r.find(Button, { testId: 'refresh' }).trigger('onClick');
    await settledRead(r, 4, runner);
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-11000001' })).toBeTruthy());
    expect(r.maybeFind(Text, { testId: 'enroll-unconfirmed' })).toBeNull();
    expect(r.maybeFind(Button, { testId: 'refresh' })).toBeNull();
    expect(runner.callsOf('enroll-in-workflow')).toHaveLength(1);
  });

  it('unenroll: close and reopen the panel, Unenroll stays off with a sentence, no second call; a read without the workflow settles it', async () => {
    const member = { ...welcomeDetails, enrollment: { isMember: true, canEnroll: false, reason: 'Already in it.' } };
    const runner = fakeRunner({
      'contact-workflows': [ok(onlyWelcome), ok(onlyWelcome), ok(empty)],
      'get-workflow': ok(member), // lags: still says they are in it
      'unenroll-from-workflow': fail('OUTCOME_UNKNOWN', 'HubSpot did not confirm whether this went through.'),
    });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(Button, { testId: 'open-workflow-11000001' })).toBeTruthy());
    const panel = () => r.find(Panel, { testId: 'workflow-panel-11000001' });
    panel().trigger('onOpen');
    await r.waitFor(() => expect(r.find(Button, { testId: 'unenroll-11000001' }).props.disabled).toBe(false));
    r.find(Button, { testId: 'unenroll-11000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' })).toBeTruthy());
    r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(Text, { testId: 'unconfirmed' }).text).toContain('Unenrollment not confirmed'));
    await settledRead(r, 2, runner);

    panel().trigger('onClose');
    panel().trigger('onOpen');
    await r.waitFor(() => expect(runner.callsOf('get-workflow')).toHaveLength(2));
    await r.waitFor(() => expect(r.maybeFind(LoadingSpinner, { testId: 'workflow-loading-11000001' })).toBeNull());
    expect(r.find(Text, { testId: 'unenroll-unconfirmed-11000001' }).text).toBe('HubSpot has not confirmed the last unenrollment yet. Refresh the card to check.');
    expect(r.find(Button, { testId: 'unenroll-11000001' }).props.disabled).toBe(true);
    // Clicks that get through anyway: asked, then confirmed, and still nothing is sent.
    r.find(Button, { testId: 'unenroll-11000001' }).trigger('onClick');
    await r.waitFor(() => expect(r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' }).props.disabled).toBe(true));
    r.find(LoadingButton, { testId: 'unenroll-confirm-11000001' }).trigger('onClick');
    await tick();
    expect(runner.callsOf('unenroll-from-workflow')).toHaveLength(1);

    r.find(Button, { testId: 'refresh' }).trigger('onClick');
    await settledRead(r, 3, runner);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    expect(r.maybeFind(Button, { testId: 'refresh' })).toBeNull();
    expect(runner.callsOf('unenroll-from-workflow')).toHaveLength(1);
  });
});
