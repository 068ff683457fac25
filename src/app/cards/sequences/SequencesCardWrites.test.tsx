/**
 * The Sequences card around a write: never stale after an enroll, "Refreshing…" over shown data, and
 * refusals (sender, seat, unknown) that offer nothing that will fail again.
 */
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { Alert, Button, List, LoadingButton, LoadingSpinner, Panel, Select, Text, ToggleGroup } from '@hubspot/ui-extensions';
import type { FunctionError, FunctionResult } from '../../../../server/contract';
import type { ContactSequenceStatus, EnrollResult, SequenceDetails, SequenceSearchPage } from '../../../../server/sequences/types';
import { ENROLL_PANEL_ID } from './EnrollPanel';
import { SequencesCardView, type SequencesCardContext } from './SequencesCardView';
import { fakeRunner, ok } from '../shared/testing';

const NOW = Date.parse('2026-11-20T17:00:00Z');
const context: SequencesCardContext = {
  crm: { objectId: 1002 },
  user: { id: 2620022, email: 'ada@acme.com', emails: ['ada@acme.com', 'sales@acme.com'], firstName: 'Ada', lastName: 'Lovelace' },
  portal: { timezone: 'America/New_York' },
};
const eligible = { canEnroll: true, hasEmail: true, optedOut: false, bounced: false, alreadyEnrolled: false, reasons: [] };
const notEnrolled: ContactSequenceStatus = { contactId: '1002', contactEmail: 'ben@example.com', enrollment: null, sequence: null, eligibility: eligible };
const page: SequenceSearchPage = {
  results: [
    { id: '101', name: 'Outbound prospecting', updatedAt: '' },
    { id: '102', name: 'Renewal', updatedAt: '' },
  ],
  total: 2,
};
const preview: SequenceDetails = {
  id: '101',
  name: 'Outbound prospecting',
  userId: '2620022',
  updatedAt: '',
  schedule: { basis: 'preview', startedAt: new Date(NOW).toISOString(), timeZone: 'America/New_York', today: '2026-11-20' },
  steps: [
    {
      id: 'a',
      stepOrder: 0,
      number: 1,
      kind: 'email',
      kindLabel: 'Automated email',
      delayMillis: 0,
      delayText: 'Immediately',
      offsetMillis: 0,
      day: 1,
      offsetText: 'Day 1',
      email: { templateId: '91000001', templateLabel: 'Intro – short and friendly' },
      dependencies: [],
      summary: '',
      expectedDate: '2026-11-20',
      sendWindow: { start: '08:00', end: '18:00' },
    },
    {
      id: 'b',
      stepOrder: 1,
      number: 2,
      kind: 'call_task',
      kindLabel: 'Call task',
      delayMillis: 86_400_000,
      delayText: '1 day later',
      offsetMillis: 86_400_000,
      day: 2,
      offsetText: 'Day 2',
      task: { taskType: 'CALL', subject: 'Call Ben about the intro email', priority: 'HIGH', priorityLabel: 'High priority' },
      dependencies: [],
      summary: '',
      expectedDate: '2026-11-23',
    },
  ],
};
const enrollment = { id: 'e9', sequenceId: '101', toEmail: 'ben@example.com', senderEmail: 'sales@acme.com', enrolledAt: new Date(NOW - 2000).toISOString(), updatedAt: '' };
const enrolledStatus: ContactSequenceStatus = {
  ...notEnrolled,
  sequence: preview,
  enrollment: {
    id: 'e9',
    sequenceId: '101',
    sequenceName: 'Outbound prospecting',
    enrolledAt: enrollment.enrolledAt,
    updatedAt: '',
    enrolledBy: '2620022',
    enrolledByEmail: 'ada@acme.com',
    toEmail: 'ben@example.com',
  },
  eligibility: { ...eligible, canEnroll: false, alreadyEnrolled: true, reasons: [{ code: 'ALREADY_ENROLLED', message: 'Already enrolled.' }] },
};
/** The enroll answer carries the status it produced (the same view contact-sequence-status answers). */
const enrollAnswer: EnrollResult = { enrollment, recoveredAfterAmbiguousFailure: false, status: enrolledStatus };
const refused =
  (code: FunctionError['code'], message: string, more: Partial<FunctionError> = {}) =>
  () => ({ ok: false as const, error: { code, message, retryable: false, ...more } });

/** A status answer the test releases when it wants (the reload "under latency"). */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function renderCard(runner: ReturnType<typeof fakeRunner>, ctx: SequencesCardContext = context) {
  const r = createRenderer('crm.record.sidebar');
  r.render(<SequencesCardView context={ctx} actions={r.mocks.actions} runFunction={runner.run} now={() => NOW} searchDebounceMs={5} />);
  return r;
}

/** The picker's radio list (shared RecordPicker): `[id, label]` per option, empty while it is not drawn. */
const options = (r: ReturnType<typeof renderCard>) => r.maybeFind(ToggleGroup, { testId: 'sequence-options' })?.props.options.map((o) => [o.value, o.label]) ?? [];
const optionIds = (r: ReturnType<typeof renderCard>) => options(r).map(([id]) => id);
/** Choose a sequence as a rep does (the radio's onChange); it must be on the list. */
function pick(r: ReturnType<typeof renderCard>, id: string) {
  expect(optionIds(r)).toContain(id);
  r.findByTestId(ToggleGroup, 'sequence-options').trigger('onChange', id as never);
}

async function pickAndEnroll(r: ReturnType<typeof renderCard>, sender?: string) {
  await r.waitFor(() => expect(r.findByTestId(Button, 'open-enroll')).toBeTruthy());
  r.find(Panel).trigger('onOpen');
  await r.waitFor(() => expect(optionIds(r)).toContain('101'));
  pick(r, '101');
  await r.waitFor(() => expect(r.maybeFind(List, { testId: 'preview-steps' })).not.toBeNull());
  if (sender) r.findByTestId(Select, 'sender').trigger('onChange', sender as never);
  await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(false));
  r.findByTestId(LoadingButton, 'enroll-submit').trigger('onClick');
}

describe('Sequences card after a write', () => {
  it('an enroll shows the enrolled state without a second function call: the answer carries the status it produced', async () => {
    const runner = fakeRunner({
      'contact-sequence-status': ok(notEnrolled),
      'search-sequences': ok(page),
      'get-sequence': ok(preview),
      'enroll-in-sequence': ok(enrollAnswer),
    });
    const r = renderCard(runner);
    await pickAndEnroll(r, 'sales@acme.com');
    await r.waitFor(() => expect(r.findByTestId(Text, 'sequence-name').text).toBe('Outbound prospecting'));
    expect(r.findByTestId(Text, 'enrolled-by').text).toBe('Enrolled just now by Ada Lovelace (ada@acme.com)');
    expect(r.findByTestId(Text, 'addresses').text).toBe('From sales@acme.com to ben@example.com');
    expect(r.findByTestId(Text, 'progress').text).toBe('Step 1 of 2');
    expect(r.findByTestId(Text, 'next-step').text).toBe('Next: Call task: Call Ben about the intro email · Mon, Nov 23');
    expect(r.maybeFind(Button, { testId: 'open-enroll' })).toBeNull();
    await new Promise((res) => setTimeout(res, 30)); // a re-read would have started by now
    // Every function call the card made, in order: the first status read, the picker's two reads, the enrollment. Nothing after it.
    expect(runner.calls.map((c) => c.uid)).toEqual(['contact-sequence-status', 'search-sequences', 'get-sequence', 'enroll-in-sequence']);
    expect(r.maybeFind(LoadingSpinner, { label: 'Refreshing…' })).toBeNull();
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(1); // the record's own properties (no function call)
  });

  /** Enrolled from the answer, then the rep asks for the steps again (the answer could not read them): a reload over the enrolled state. */
  async function enrollThenReload(statusReload: Parameters<typeof fakeRunner>[0]['contact-sequence-status']) {
    const stepsMissing = {
      ...enrolledStatus,
      sequence: null,
      sequenceError: { code: 'HUBSPOT_UNAVAILABLE' as const, message: 'HubSpot is not reachable right now.', retryable: true },
    };
    const runner = fakeRunner({
      'contact-sequence-status': statusReload,
      'search-sequences': ok(page),
      'get-sequence': ok(preview),
      'enroll-in-sequence': ok({ ...enrollAnswer, status: stepsMissing }),
    });
    const r = renderCard(runner);
    await pickAndEnroll(r);
    await r.waitFor(() => expect(r.findByTestId(Button, 'retry-steps')).toBeTruthy());
    expect(runner.callsOf('contact-sequence-status')).toHaveLength(1);
    r.findByTestId(Button, 'retry-steps').trigger('onClick');
    return { r, runner };
  }

  it('a reload that does not list the new enrollment yet (HubSpot lag): "Refreshing…" over the enrolled state, which stays; no second Enroll', async () => {
    const reload = deferred<FunctionResult<ContactSequenceStatus>>();
    const { r, runner } = await enrollThenReload([ok(notEnrolled), () => reload.promise]);
    await r.waitFor(() => expect(r.find(LoadingSpinner, { label: 'Refreshing…' })).toBeTruthy());
    expect(r.findByTestId(Text, 'sequence-name').text).toBe('Outbound prospecting');
    expect(r.maybeFind(Button, { testId: 'open-enroll' })).toBeNull();
    reload.resolve({ ok: true, data: notEnrolled });
    await r.waitFor(() => expect(r.maybeFind(LoadingSpinner, { label: 'Refreshing…' })).toBeNull());
    expect(runner.callsOf('contact-sequence-status')).toHaveLength(2);
    expect(r.findByTestId(Text, 'sequence-name').text).toBe('Outbound prospecting');
    expect(r.findAll(Text).map((t) => t.text)).not.toContain('This contact is not enrolled in a sequence.');
    expect(r.maybeFind(Button, { testId: 'open-enroll' })).toBeNull();
  });

  it('a reload that fails keeps the enrolled state and says the re-read failed', async () => {
    const { r } = await enrollThenReload([
      ok(notEnrolled),
      () => ({ ok: false, error: { code: 'HUBSPOT_UNAVAILABLE', message: 'HubSpot is not reachable right now.', retryable: true } }),
    ]);
    await r.waitFor(() => expect(r.findByTestId(Text, 'refresh-failed').text).toContain('HubSpot is not reachable right now.'));
    expect(r.findByTestId(Text, 'sequence-name').text).toBe('Outbound prospecting');
    expect(r.maybeFind(Button, { testId: 'open-enroll' })).toBeNull();
  });

  it('a reload over shown data (after "already enrolled") says "Refreshing…" and disables Enroll until it is back', async () => {
    const reload = deferred<FunctionResult<ContactSequenceStatus>>();
    const runner = fakeRunner({
      'contact-sequence-status': [ok(notEnrolled), () => reload.promise],
      'search-sequences': ok(page),
      'get-sequence': ok(preview),
      'enroll-in-sequence': refused('ALREADY_ENROLLED', 'This contact is already enrolled in a sequence.'),
    });
    const r = renderCard(runner);
    await pickAndEnroll(r);
    await r.waitFor(() => expect(r.find(LoadingSpinner, { label: 'Refreshing…' })).toBeTruthy());
    expect(r.findByTestId(Button, 'open-enroll').props.disabled).toBe(true);
    reload.resolve({ ok: true, data: { ...enrolledStatus, enrollment: { ...enrolledStatus.enrollment!, enrolledBy: '999', enrolledByEmail: 'bob@acme.com' } } });
    await r.waitFor(() => expect(r.findByTestId(Text, 'enrolled-by').text).toContain('bob@acme.com'));
    expect(r.maybeFind(LoadingSpinner, { label: 'Refreshing…' })).toBeNull();
  });
});

describe('Sequences card: sender inboxes and refusals', () => {
  it('OUTCOME_UNKNOWN, then a status read that lags: reopening the panel does not offer Enroll for that sequence again; a read showing the enrollment settles it', async () => {
    const runner = fakeRunner({
      // The re-read after the write and the first Refresh do not show it yet; the second Refresh does.
      'contact-sequence-status': [ok(notEnrolled), ok(notEnrolled), ok(notEnrolled), ok(enrolledStatus)],
      'search-sequences': ok(page),
      'get-sequence': ok(preview),
      'enroll-in-sequence': refused('OUTCOME_UNKNOWN', 'HubSpot did not confirm whether this went through.'),
    });
    const r = renderCard(runner);
    await pickAndEnroll(r, 'sales@acme.com');
    const settled = (reads: number) =>
      r.waitFor(() => {
        expect(runner.callsOf('contact-sequence-status')).toHaveLength(reads);
        expect(r.maybeFind(LoadingSpinner, { label: 'Refreshing…' })).toBeNull();
      });
    await settled(2);
    expect(r.mocks.actions.closeOverlay.calls).toEqual([[ENROLL_PANEL_ID]]);
    r.find(Panel).trigger('onClose');
    r.find(Panel).trigger('onOpen');
    await r.waitFor(() => expect(optionIds(r)).toContain('101'));
    pick(r, '101');
    await r.waitFor(() => expect(r.maybeFind(List, { testId: 'preview-steps' })).not.toBeNull());
    const sentence = 'HubSpot has not confirmed the last enrollment yet. Refresh the card to check.';
    await r.waitFor(() => expect(r.findByTestId(Text, 'enroll-unconfirmed').text).toBe(sentence));
    expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(true);
    r.findByTestId(LoadingButton, 'enroll-submit').trigger('onClick'); // a click that gets through sends nothing
    await new Promise((res) => setTimeout(res, 20));
    expect(runner.callsOf('enroll-in-sequence')).toHaveLength(1);
    // Another sequence is a different enrollment (HubSpot refuses it if the first one landed).
    pick(r, '102');
    await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(false));
    pick(r, '101');
    await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(true));

    // Refresh re-reads and does not forget: a read without the enrollment leaves it unconfirmed.
    r.findByTestId(Button, 'refresh').trigger('onClick');
    await settled(3);
    expect(r.findByTestId(Text, 'enroll-unconfirmed').text).toBe(sentence);
    expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(true);
    r.findByTestId(Button, 'refresh').trigger('onClick');
    await settled(4);
    await r.waitFor(() => expect(r.findByTestId(Text, 'sequence-name').text).toBe('Outbound prospecting'));
    expect(r.maybeFind(Button, { testId: 'refresh' })).toBeNull();
    expect(runner.callsOf('enroll-in-sequence')).toHaveLength(1);
  });

  it('offers every address of the acting user, the primary first', async () => {
    const ctx = { ...context, user: { ...context.user, email: 'ada@acme.com', emails: ['sales@acme.com', 'ADA@acme.com', 'ada.eu@acme.com'] } };
    const r = renderCard(fakeRunner({ 'contact-sequence-status': ok(notEnrolled), 'search-sequences': ok(page) }), ctx);
    await r.waitFor(() => expect(r.findByTestId(Button, 'open-enroll')).toBeTruthy());
    r.find(Panel).trigger('onOpen');
    const sender = r.findByTestId(Select, 'sender');
    expect(sender.props.options.map((o) => o.value)).toEqual(['ada@acme.com', 'sales@acme.com', 'ada.eu@acme.com']);
    expect(sender.props.value).toBe('ada@acme.com');
  });

  it('HubSpot says the user has no connected inbox: how to connect one, and no sender or Enroll to try again', async () => {
    const runner = fakeRunner({
      'contact-sequence-status': ok(notEnrolled),
      'search-sequences': ok(page),
      'get-sequence': ok(preview),
      'enroll-in-sequence': refused('SENDER_NOT_CONNECTED', 'HubSpot says you have no connected inbox …', { details: { senderEmail: 'ada@acme.com', noConnectedInbox: true } }),
    });
    const r = renderCard(runner);
    await pickAndEnroll(r);
    await r.waitFor(() => expect(r.findByTestId(Alert, 'no-inbox').text).toContain('Settings → General → Email'));
    expect(r.maybeFind(Select, { testId: 'sender' })).toBeNull();
    expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(true);
    expect(r.maybeFind(Alert, { testId: 'enroll-error' })).toBeNull();
    expect(runner.callsOf('enroll-in-sequence')).toHaveLength(1);
  });

  it('HubSpot refuses one sender: it is no longer offered, the next one is chosen', async () => {
    const runner = fakeRunner({
      'contact-sequence-status': ok(notEnrolled),
      'search-sequences': ok(page),
      'get-sequence': ok(preview),
      'enroll-in-sequence': [
        refused('SENDER_NOT_CONNECTED', 'ada@acme.com is not one of your connected inboxes.', { details: { senderEmail: 'ada@acme.com', noConnectedInbox: false } }),
        ok(enrollAnswer),
      ],
    });
    const r = renderCard(runner);
    await pickAndEnroll(r);
    await r.waitFor(() => expect(r.findByTestId(Select, 'sender').props.options.map((o) => o.value)).toEqual(['sales@acme.com']));
    expect(r.findByTestId(Select, 'sender').props.value).toBe('sales@acme.com');
    expect(r.findByTestId(Alert, 'enroll-error').text).toContain('is not one of your connected inboxes');
    expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(false);
  });

  it('no paid seat (NO_SEQUENCES_ACCESS): HubSpot\'s message, no "Try again", Enroll stays off whatever is chosen', async () => {
    const runner = fakeRunner({
      'contact-sequence-status': ok(notEnrolled),
      'search-sequences': ok(page),
      'get-sequence': ok(preview),
      'enroll-in-sequence': refused('NO_SEQUENCES_ACCESS', 'HubSpot does not let you use sequences … HubSpot said: "User 2620024 does not have a seat".', {
        correlationId: 'c-seat',
      }),
    });
    const r = renderCard(runner);
    await pickAndEnroll(r);
    await r.waitFor(() => expect(r.findByTestId(Alert, 'enroll-error').text).toContain('User 2620024 does not have a seat'));
    expect(r.findByTestId(Alert, 'enroll-error').text).toContain('c-seat');
    expect(r.maybeFind(Button, { testId: 'retry' })).toBeNull();
    pick(r, '102');
    r.findByTestId(Select, 'sender').trigger('onChange', 'sales@acme.com' as never);
    await r.waitFor(() => expect(r.findByTestId(Select, 'sender').props.value).toBe('sales@acme.com'));
    expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(true);
  });

  it("an unknown refusal (ENROLLMENT_REFUSED) shows HubSpot's words once with the reference, and no Try again", async () => {
    const message =
      'HubSpot refused to enroll this contact for a reason this app does not know. HubSpot said: "Sequence is paused" (HubSpot reference c-77). The contact was not enrolled.';
    const runner = fakeRunner({
      'contact-sequence-status': ok(notEnrolled),
      'search-sequences': ok(page),
      'get-sequence': ok(preview),
      'enroll-in-sequence': refused('ENROLLMENT_REFUSED', message, { correlationId: 'c-77' }),
    });
    const r = renderCard(runner);
    await pickAndEnroll(r);
    await r.waitFor(() => expect(r.findByTestId(Alert, 'enroll-error').text).toBe(message));
    expect(r.maybeFind(Button, { testId: 'retry' })).toBeNull();
    expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(true);
  });
});
