import { createRenderer } from '@hubspot/ui-extensions/testing';
import {
  Alert,
  Button,
  EmptyState,
  ErrorState,
  List,
  LoadingButton,
  LoadingSpinner,
  Panel,
  PanelFooter,
  SearchInput,
  Select,
  Tag,
  Text,
  ToggleGroup,
} from '@hubspot/ui-extensions';
import type { FunctionResult } from '../../../../server/contract';
import type { ContactSequenceStatus, EnrollResult, SequenceDetails, SequenceSearchPage } from '../../../../server/sequences/types';
import { SequencesCardView, type SequencesCardContext } from './SequencesCardView';
import { ENROLL_PANEL_ID } from './EnrollPanel';
import { fakeRunner, ok } from '../shared/testing';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T12:00:00Z'); // a Friday

const context: SequencesCardContext = {
  crm: { objectId: 1002 },
  user: { id: 2620022, email: 'ada@acme.com', emails: ['ada@acme.com', 'sales@acme.com'], firstName: 'Ada', lastName: 'Lovelace' },
  portal: { timezone: 'America/New_York' },
};

const steps: SequenceDetails['steps'] = [
  {
    id: 's1',
    stepOrder: 0,
    number: 1,
    kind: 'call_task',
    kindLabel: 'Call task',
    delayMillis: 0,
    delayText: 'Immediately',
    offsetMillis: 0,
    day: 1,
    offsetText: 'Day 1',
    task: { taskType: 'CALL', subject: 'Call contact to follow up', priority: 'LOW', priorityLabel: 'Low priority' },
    dependencies: [],
    summary: '',
    expectedDate: '2026-11-17',
    expectedDateIsEarliest: false,
  },
  {
    id: 's2',
    stepOrder: 1,
    number: 2,
    kind: 'email_task',
    kindLabel: 'Email task',
    delayMillis: DAY,
    delayText: '1 day later',
    offsetMillis: DAY,
    day: 2,
    offsetText: 'Day 2',
    task: { taskType: 'EMAIL', subject: 'Send follow-up email', priority: 'LOW', priorityLabel: 'Low priority', notes: 'Thank them & follow up.' },
    dependencies: [{ stepNumber: 1, type: 'TASK_COMPLETION', text: 'Starts after step 1 is completed.' }],
    summary: '',
    expectedDate: '2026-11-18',
    expectedDateIsEarliest: true,
    waitsForStep: 1,
  },
  {
    id: 's3',
    stepOrder: 2,
    number: 3,
    kind: 'email',
    kindLabel: 'Automated email',
    delayMillis: 5 * DAY,
    delayText: '5 days later',
    offsetMillis: 6 * DAY,
    day: 7,
    offsetText: 'Day 7, 08:00–18:00 window',
    email: { templateId: '91', templateLabel: 'Intro – short', threadWithStepNumber: 1, threadText: 'Replies in thread of step 1' },
    dependencies: [],
    summary: '',
    expectedDate: '2026-11-23',
    expectedDateIsEarliest: true,
    sendWindow: { start: '08:00', end: '18:00' },
  },
];
const sequence: SequenceDetails = {
  id: '123',
  name: 'Simple call sequence',
  userId: '2620022',
  updatedAt: '2026-01-01T00:00:00Z',
  steps,
  eligibleFollowUpDays: 'EVERYDAY',
  schedule: { basis: 'enrollment', startedAt: '2026-11-17T12:00:00.000Z', timeZone: 'America/New_York', today: '2026-11-20' },
};

const eligible = { canEnroll: true, hasEmail: true, optedOut: false, bounced: false, alreadyEnrolled: false, reasons: [] };
const notEnrolled: ContactSequenceStatus = { contactId: '1002', contactEmail: 'ben@example.com', enrollment: null, sequence: null, eligibility: eligible };
const enrolled = (enrolledBy = '2620022', enrolledByEmail = 'ada@acme.com'): ContactSequenceStatus => ({
  contactId: '1002',
  contactEmail: 'ben@example.com',
  sequence,
  enrollment: {
    id: 'e1',
    sequenceId: '123',
    sequenceName: 'Simple call sequence',
    enrolledAt: new Date(NOW - 3 * DAY).toISOString(),
    updatedAt: '',
    enrolledBy,
    enrolledByEmail,
    toEmail: 'ben@example.com',
  },
  eligibility: { ...eligible, canEnroll: false, alreadyEnrolled: true, reasons: [{ code: 'ALREADY_ENROLLED', message: 'Already enrolled.' }] },
});

const page = (from: number, count: number, total: number, nextAfter?: string): SequenceSearchPage => ({
  results: Array.from({ length: count }, (_, i) => ({ id: String(100 + from + i), name: `Sequence ${from + i}`, updatedAt: '2026-01-01T00:00:00Z' })),
  total,
  ...(nextAfter ? { nextAfter } : {}),
});

function renderCard(runner: ReturnType<typeof fakeRunner>) {
  const r = createRenderer('crm.record.sidebar');
  r.render(<SequencesCardView context={context} actions={r.mocks.actions} runFunction={runner.run} now={() => NOW} searchDebounceMs={5} />);
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

async function openPanel(r: ReturnType<typeof createRenderer<'crm.record.sidebar'>>) {
  await r.waitFor(() => expect(r.findByTestId(Button, 'open-enroll')).toBeTruthy());
  r.find(Panel).trigger('onOpen');
}

// trigger()'s second argument is typed as the handler itself in 0.17.0; at run time it is the event value.
describe('Sequences card', () => {
  it('shows a spinner while the status loads', async () => {
    const runner = fakeRunner({ 'contact-sequence-status': () => new Promise(() => {}) });
    const r = renderCard(runner);
    expect(r.find(LoadingSpinner).props.label).toBe('Loading sequence status');
    await new Promise((res) => setTimeout(res, 20)); // waitFor re-checks only on UI changes, and a pending call changes nothing
    expect(runner.callsOf('contact-sequence-status')[0].params).toEqual({ contactId: '1002', userId: '2620022', timeZone: 'America/New_York' });
    expect(r.find(LoadingSpinner).props.label).toBe('Loading sequence status');
  });

  it('enrolled by the current user: a compact summary (who, when, progress, current and next step with dates); all steps in a panel', async () => {
    const runner = fakeRunner({ 'contact-sequence-status': ok(enrolled()) });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.findByTestId(Text, 'sequence-name').text).toBe('Simple call sequence'));
    expect(r.findByTestId(Text, 'enrolled-by').text).toBe('Enrolled 3 days ago by Ada Lovelace (ada@acme.com)');
    expect(r.findByTestId(Text, 'addresses').text).toBe('Emails go to ben@example.com');
    // Today is Fri, Nov 20: step 2 (Wed, Nov 18) is where the contact is expected, step 3 (Mon, Nov 23) is next.
    expect(r.findByTestId(Text, 'progress').text).toBe('Step 2 of 3 (expected, if tasks are done)');
    expect(r.findByTestId(Text, 'current-step').text).toBe('Current: Email task: Send follow-up email · after step 1 is done, earliest Wed, Nov 18');
    expect(r.findByTestId(Text, 'next-step').text).toBe('Next: Automated email: Intro – short · earliest Mon, Nov 23, sends 08:00–18:00');
    expect(r.findByTestId(Button, 'view-steps').text).toBe('View all steps');
    // The step list is in the panel only: the sidebar itself lists no steps.
    const panel = r.findByTestId(Panel, 'steps-panel');
    expect(panel.find(List, { testId: 'enrolled-steps' })).toBeTruthy();
    expect(r.findAll(List)).toHaveLength(1);
    expect(panel.findAll(Text).map((t) => t.text)).toEqual(
      expect.arrayContaining([
        'Tue, Nov 17 · Call task',
        'After step 1 is done, earliest Wed, Nov 18 · Email task',
        'Earliest Mon, Nov 23, sends 08:00–18:00 · Automated email',
        'Intro – short',
        'Notes: Thank them & follow up.',
        'Starts after step 1 is completed.',
      ]),
    );
    expect(
      panel
        .findAll(Text)
        .map((t) => t.text)
        .join(' '),
    ).not.toMatch(/\bDay \d/);
    expect(panel.find(Tag, { testId: 'expected-now' }).text).toBe('Expected now');
    expect(r.getRootNode().findAll(Tag)).toHaveLength(1);
    expect(r.maybeFind(Button, { testId: 'open-enroll' })).toBeNull();
    expect(runner.calls).toHaveLength(1);
  });

  it('enrolled by someone else: shows their email, not the current user name', async () => {
    const r = renderCard(fakeRunner({ 'contact-sequence-status': ok(enrolled('999', 'bob@acme.com')) }));
    await r.waitFor(() => expect(r.findByTestId(Text, 'enrolled-by').text).toBe('Enrolled 3 days ago by bob@acme.com'));
  });

  it('enrolled, steps unavailable: shows the enrollment and why the steps are missing', async () => {
    const status = { ...enrolled(), sequence: null, sequenceError: { code: 'HUBSPOT_UNAVAILABLE' as const, message: 'HubSpot is not reachable right now.', retryable: true } };
    const runner = fakeRunner({ 'contact-sequence-status': [ok(status), ok(enrolled())] });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.findByTestId(Alert, 'sequence-error').text).toContain('HubSpot is not reachable'));
    r.findByTestId(Button, 'retry-steps').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Tag, 'expected-now')).toBeTruthy());
  });

  it('not enrolled: an Enroll button opening a panel; nothing is searched until the panel opens', async () => {
    const runner = fakeRunner({ 'contact-sequence-status': ok(notEnrolled), 'search-sequences': ok(page(0, 3, 3)) });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.findByTestId(Button, 'open-enroll').text).toBe('Enroll in sequence'));
    expect(r.find(Panel).props.id).toBe(ENROLL_PANEL_ID);
    expect(runner.callsOf('search-sequences')).toHaveLength(0);
    r.find(Panel).trigger('onOpen');
    await r.waitFor(() => expect(options(r)).toContainEqual(['100', 'Sequence 0']));
    expect(runner.callsOf('search-sequences')[0].params).toEqual({ userId: '2620022', limit: '10' });
    // The picker both cards share: a compact radio list with a count, one primary button and Cancel.
    expect(r.findByTestId(ToggleGroup, 'sequence-options').props.toggleType).toBe('radioButtonList');
    expect(r.findByTestId(Text, 'sequence-count').text).toBe('3 of 3 sequences');
    expect(
      r
        .find(Panel)
        .findAll(LoadingButton)
        .filter((b) => b.props.variant === 'primary'),
    ).toHaveLength(1);
    const sender = r.findByTestId(Select, 'sender');
    expect(sender.props.value).toBe('ada@acme.com');
    expect(sender.props.options.map((o) => o.value)).toEqual(['ada@acme.com', 'sales@acme.com']);
    expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(true);
  });

  it.each([
    ['NO_EMAIL', 'This contact has no email address.'],
    ['OPTED_OUT', 'This contact opted out of email.'],
    ['BOUNCED', 'Email to this contact hard-bounced.'],
  ] as const)('cannot enroll (%s): the reason in words instead of a button', async (code, message) => {
    const status: ContactSequenceStatus = { ...notEnrolled, eligibility: { ...eligible, canEnroll: false, reasons: [{ code, message }] } };
    const r = renderCard(fakeRunner({ 'contact-sequence-status': ok(status) }));
    await r.waitFor(() => expect(r.findByTestId(Text, `reason-${code}`).text).toBe(message));
    expect(r.maybeFind(Button, { testId: 'open-enroll' })).toBeNull();
    expect(r.maybeFind(LoadingButton)).toBeNull();
  });

  it('search: debounced server-side query, paging with Load more, empty state', async () => {
    const runner = fakeRunner({
      'contact-sequence-status': ok(notEnrolled),
      'search-sequences': (p) => {
        if (p.query === 'zzz') return { ok: true, data: page(0, 0, 0) };
        if (p.query === 'one') return { ok: true, data: page(5, 1, 1) };
        if (p.query === 'seq') return p.after === 'c10' ? { ok: true, data: page(10, 2, 12) } : { ok: true, data: page(0, 10, 12, 'c10') };
        return { ok: true, data: page(0, 3, 3) };
      },
    });
    const r = renderCard(runner);
    await openPanel(r);
    await r.waitFor(() => expect(optionIds(r)).toContain('100'));
    const input = r.findByTestId(SearchInput, 'sequence-search');
    input.trigger('onInput', 's' as never);
    r.findByTestId(SearchInput, 'sequence-search').trigger('onInput', 'se' as never);
    r.findByTestId(SearchInput, 'sequence-search').trigger('onInput', 'seq' as never);
    await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'load-more')).toBeTruthy());
    // Debounced: only the final text reached the server.
    expect(runner.callsOf('search-sequences').map((c) => c.params.query)).toEqual([undefined, 'seq']);
    expect(optionIds(r)).toHaveLength(10);
    expect(r.findByTestId(Text, 'sequence-count').text).toBe('10 of 12 sequences match "seq"');
    r.findByTestId(LoadingButton, 'load-more').trigger('onClick');
    await r.waitFor(() => expect(optionIds(r)).toContain('111'));
    expect(runner.callsOf('search-sequences').at(-1)!.params).toEqual({ userId: '2620022', query: 'seq', limit: '10', after: 'c10' });
    expect(optionIds(r)).toHaveLength(12);
    expect(r.findByTestId(Text, 'sequence-count').text).toBe('12 of 12 sequences match "seq"');
    expect(r.maybeFind(LoadingButton, { testId: 'load-more' })).toBeNull();

    r.findByTestId(SearchInput, 'sequence-search').trigger('onInput', 'one' as never);
    await r.waitFor(() => expect(optionIds(r)).toEqual(['105']));
    expect(r.findByTestId(Text, 'sequence-count').text).toBe('1 of 1 sequence matches "one"');

    r.findByTestId(SearchInput, 'sequence-search').trigger('onInput', 'zzz' as never);
    await r.waitFor(() => expect(r.findByTestId(EmptyState, 'sequence-empty').props.title).toBe('No matching sequence'));
    expect(r.findByTestId(EmptyState, 'sequence-empty').find(Text).text).toBe('No sequence name contains "zzz".');
  });

  it('Cancel closes the panel without enrolling', async () => {
    const runner = fakeRunner({ 'contact-sequence-status': ok(notEnrolled), 'search-sequences': ok(page(0, 3, 3)), 'get-sequence': ok(sequence) });
    const r = renderCard(runner);
    await openPanel(r);
    await r.waitFor(() => expect(optionIds(r)).toContain('101'));
    pick(r, '101');
    r.findByTestId(Button, 'sequence-cancel').trigger('onClick');
    expect(r.mocks.actions.closeOverlay.calls).toEqual([[ENROLL_PANEL_ID]]);
    expect(runner.callsOf('enroll-in-sequence')).toHaveLength(0);
  });

  it('a paged server search draws every loaded result (no local cap) and offers Load more for the rest', async () => {
    const r = renderCard(fakeRunner({ 'contact-sequence-status': ok(notEnrolled), 'search-sequences': ok(page(0, 35, 50, 'c35')) }));
    await openPanel(r);
    await r.waitFor(() => expect(optionIds(r)).toHaveLength(35));
    expect(r.findByTestId(Text, 'sequence-count').text).toBe('35 of 50 sequences');
    expect(r.findByTestId(LoadingButton, 'load-more')).toBeTruthy();
  });

  it('portal with no sequences: empty state', async () => {
    const r = renderCard(fakeRunner({ 'contact-sequence-status': ok(notEnrolled), 'search-sequences': ok(page(0, 0, 0)) }));
    await openPanel(r);
    await r.waitFor(() => expect(r.findByTestId(EmptyState, 'sequence-empty').props.title).toBe('No sequences yet'));
  });

  it('selecting a sequence previews its steps', async () => {
    const runner = fakeRunner({ 'contact-sequence-status': ok(notEnrolled), 'search-sequences': ok(page(0, 3, 3)), 'get-sequence': ok(sequence) });
    const r = renderCard(runner);
    await openPanel(r);
    await r.waitFor(() => expect(optionIds(r)).toContain('101'));
    pick(r, '101');
    await r.waitFor(() =>
      expect(
        r
          .find(Panel)
          .findAll(Text)
          .map((t) => t.text),
      ).toEqual(
        expect.arrayContaining([
          'Tue, Nov 17 · Call task',
          'Immediately · Low priority',
          'Earliest Mon, Nov 23, sends 08:00–18:00 · Automated email',
          'Intro – short',
          '5 days later · Replies in thread of step 1',
        ]),
      ),
    );
    expect(r.find(Panel).maybeFind(Tag)).toBeNull(); // no "expected now" in a preview
    // For this contact (tokens filled) and in the portal's time zone.
    expect(runner.callsOf('get-sequence')[0].params).toEqual({ userId: '2620022', sequenceId: '101', contactId: '1002', timeZone: 'America/New_York' });
    expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(false);
  });

  it('enroll success: one call with the chosen sender, success alert, the record refreshed, closes the panel, switches to enrolled from the answer', async () => {
    const enrollResult: EnrollResult = {
      enrollment: { id: 'e9', sequenceId: '101', toEmail: 'ben@example.com', senderEmail: 'sales@acme.com', enrolledAt: new Date(NOW).toISOString(), updatedAt: '' },
      recoveredAfterAmbiguousFailure: false,
      // The status it produced: enrolled in the picked sequence (the same view contact-sequence-status answers).
      status: {
        ...enrolled(),
        sequence: { ...sequence, id: '101', name: 'Sequence 1' },
        enrollment: { ...enrolled().enrollment!, id: 'e9', sequenceId: '101', sequenceName: 'Sequence 1' },
      },
    };
    const runner = fakeRunner({
      'contact-sequence-status': ok(notEnrolled),
      'search-sequences': ok(page(0, 3, 3)),
      'get-sequence': ok(sequence),
      'enroll-in-sequence': ok(enrollResult),
    });
    const r = renderCard(runner);
    await openPanel(r);
    await r.waitFor(() => expect(optionIds(r)).toContain('101'));
    pick(r, '101');
    r.findByTestId(Select, 'sender').trigger('onChange', 'sales@acme.com' as never);
    await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(false));
    // The portal's time zone goes with the enroll, so the status it answers with is dated in the rep's calendar.
    r.findByTestId(LoadingButton, 'enroll-submit').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Text, 'sequence-name').text).toBe('Sequence 1'));
    expect(runner.callsOf('enroll-in-sequence').map((c) => c.params)).toEqual([
      { contactId: '1002', sequenceId: '101', userId: '2620022', senderEmail: 'sales@acme.com', userEmails: 'ada@acme.com,sales@acme.com', timeZone: 'America/New_York' },
    ]);
    expect(r.mocks.actions.addAlert.calls).toHaveLength(1);
    expect(r.mocks.actions.addAlert.calls[0][0]).toMatchObject({ type: 'success' });
    expect(r.mocks.actions.addAlert.calls[0][0].message).toContain('"Sequence 1"');
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
    expect(r.mocks.actions.closeOverlay.calls).toEqual([[ENROLL_PANEL_ID]]);
    expect(runner.callsOf('contact-sequence-status')).toHaveLength(1); // the answer settled it: no re-read
  });

  it('double click on Enroll: exactly one enroll call', async () => {
    let resolveEnroll: (v: FunctionResult<EnrollResult>) => void = () => {};
    const runner = fakeRunner({
      'contact-sequence-status': [ok(notEnrolled), ok(enrolled())],
      'search-sequences': ok(page(0, 3, 3)),
      'get-sequence': ok(sequence),
      'enroll-in-sequence': () =>
        new Promise((res) => {
          resolveEnroll = res;
        }),
    });
    const r = renderCard(runner);
    await openPanel(r);
    await r.waitFor(() => expect(optionIds(r)).toContain('101'));
    pick(r, '101');
    await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(false));
    const button = r.findByTestId(LoadingButton, 'enroll-submit');
    button.trigger('onClick'); // same stale node twice: only the ref can stop the second
    button.trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'enroll-submit').props.loading).toBe(true));
    r.findByTestId(LoadingButton, 'enroll-submit').trigger('onClick');
    expect(runner.callsOf('enroll-in-sequence')).toHaveLength(1);
    resolveEnroll({
      ok: true,
      data: {
        enrollment: { id: 'e', sequenceId: '101', toEmail: 'b', senderEmail: 'ada@acme.com', enrolledAt: '', updatedAt: '' },
        recoveredAfterAmbiguousFailure: false,
        status: { ...enrolled(), enrollment: { ...enrolled().enrollment!, sequenceId: '101' } },
      },
    });
    await r.waitFor(() => expect(r.findByTestId(Text, 'sequence-name')).toBeTruthy());
    expect(runner.callsOf('enroll-in-sequence')).toHaveLength(1);
  });

  it('enroll refused by HubSpot: shows the message in the panel and stays; no resend of the same choice, another sender may be tried', async () => {
    const runner = fakeRunner({
      'contact-sequence-status': ok(notEnrolled),
      'search-sequences': ok(page(0, 3, 3)),
      'get-sequence': ok(sequence),
      'enroll-in-sequence': () => ({
        ok: false,
        error: {
          code: 'ENROLLMENT_REFUSED',
          message: "HubSpot blocks sending to this contact's email domain.",
          hubspotReason: 'BLOCKED_DOMAIN',
          correlationId: 'corr-1',
          retryable: false,
        },
      }),
    });
    const r = renderCard(runner);
    await openPanel(r);
    await r.waitFor(() => expect(optionIds(r)).toContain('101'));
    pick(r, '101');
    await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(false));
    r.findByTestId(LoadingButton, 'enroll-submit').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'enroll-error').text).toContain('blocks sending to this contact'));
    expect(r.findByTestId(Alert, 'enroll-error').text).toContain('corr-1');
    // The result sits beside the button, in the footer that stays in view.
    expect(r.find(PanelFooter).find(Alert, { testId: 'enroll-error' })).toBeTruthy();
    expect(r.mocks.actions.addAlert.calls).toHaveLength(0);
    expect(r.mocks.actions.closeOverlay.calls).toHaveLength(0);
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(0);
    // Not retryable: the same sequence and sender would be refused again, so Enroll is off…
    expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(true);
    expect(r.maybeFind(Button, { testId: 'retry' })).toBeNull();
    // …until the rep changes the choice.
    r.findByTestId(Select, 'sender').trigger('onChange', 'sales@acme.com' as never);
    await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(false));
    r.findByTestId(LoadingButton, 'enroll-submit').trigger('onClick');
    await r.waitFor(() => expect(runner.callsOf('enroll-in-sequence')).toHaveLength(2));
    expect(runner.callsOf('enroll-in-sequence')[1].params.senderEmail).toBe('sales@acme.com');
  });

  it('enroll answered ALREADY_ENROLLED (lost a race): warns, reloads the status, closes the panel', async () => {
    const runner = fakeRunner({
      'contact-sequence-status': [ok(notEnrolled), ok(enrolled('999', 'bob@acme.com'))],
      'search-sequences': ok(page(0, 3, 3)),
      'get-sequence': ok(sequence),
      'enroll-in-sequence': () => ({
        ok: false,
        error: { code: 'ALREADY_ENROLLED', message: 'This contact is already enrolled in the sequence "Simple call sequence".', retryable: false },
      }),
    });
    const r = renderCard(runner);
    await openPanel(r);
    await r.waitFor(() => expect(optionIds(r)).toContain('101'));
    pick(r, '101');
    await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(false));
    r.findByTestId(LoadingButton, 'enroll-submit').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Text, 'enrolled-by').text).toContain('bob@acme.com'));
    expect(r.mocks.actions.addAlert.calls[0][0]).toMatchObject({ type: 'warning' });
    expect(r.mocks.actions.closeOverlay.calls).toEqual([[ENROLL_PANEL_ID]]);
  });

  it('enroll outcome unknown (HubSpot did not confirm): warns, re-checks the status and properties, closes the panel, no resend', async () => {
    const runner = fakeRunner({
      'contact-sequence-status': [ok(notEnrolled), ok(enrolled('999', 'bob@acme.com'))],
      'search-sequences': ok(page(0, 3, 3)),
      'get-sequence': ok(sequence),
      'enroll-in-sequence': () => ({
        ok: false,
        error: { code: 'OUTCOME_UNKNOWN', message: 'HubSpot did not confirm whether this went through. Refresh the card to check before trying again.', retryable: false },
      }),
    });
    const r = renderCard(runner);
    await openPanel(r);
    await r.waitFor(() => expect(optionIds(r)).toContain('101'));
    pick(r, '101');
    await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(false));
    r.findByTestId(LoadingButton, 'enroll-submit').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Text, 'enrolled-by').text).toContain('bob@acme.com'));
    expect(r.mocks.actions.addAlert.calls[0][0]).toEqual({
      type: 'warning',
      title: 'Enrollment not confirmed',
      message: 'HubSpot did not confirm whether the contact was enrolled in "Sequence 1". The card has checked again: look at it before you retry.',
    });
    expect(r.mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
    expect(r.mocks.actions.closeOverlay.calls).toEqual([[ENROLL_PANEL_ID]]);
    expect(runner.callsOf('enroll-in-sequence')).toHaveLength(1);
    expect(runner.callsOf('contact-sequence-status')).toHaveLength(2);
  });

  it('enroll call rejected (function killed or unreachable after it may have posted): treated as outcome unknown, status re-checked', async () => {
    const runner = fakeRunner({
      'contact-sequence-status': [ok(notEnrolled), ok(enrolled('999', 'bob@acme.com'))],
      'search-sequences': ok(page(0, 3, 3)),
      'get-sequence': ok(sequence),
      'enroll-in-sequence': () => Promise.reject(new Error('function timed out after 15000 ms')),
    });
    const r = renderCard(runner);
    await openPanel(r);
    await r.waitFor(() => expect(optionIds(r)).toContain('101'));
    pick(r, '101');
    await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(false));
    r.findByTestId(LoadingButton, 'enroll-submit').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Text, 'enrolled-by').text).toContain('bob@acme.com'));
    expect(r.mocks.actions.addAlert.calls[0][0]).toMatchObject({ type: 'warning', title: 'Enrollment not confirmed' });
    expect(runner.callsOf('enroll-in-sequence')).toHaveLength(1);
  });

  it('status function failure: error view with correlation id and a working retry', async () => {
    const runner = fakeRunner({
      'contact-sequence-status': [
        () => ({ ok: false, error: { code: 'RATE_LIMITED', message: 'HubSpot is rate-limiting this app right now.', correlationId: 'abc-123', retryable: true } }),
        ok(notEnrolled),
      ],
    });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(ErrorState).props.title).toBe("Couldn't load sequences"));
    expect(
      r
        .find(ErrorState)
        .findAll(Text)
        .map((t) => t.text),
    ).toEqual(['HubSpot is rate-limiting this app right now.', 'Support reference: abc-123']);
    r.findByTestId(Button, 'retry').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Button, 'open-enroll')).toBeTruthy());
  });

  it('a runner that rejects (function crashed) becomes an error, not a crash', async () => {
    const r = renderCard(fakeRunner({ 'contact-sequence-status': () => Promise.reject(new Error('boom')) }));
    await r.waitFor(() => expect(r.find(ErrorState).find(Text).text).toContain('could not be reached'));
  });

  it('search failure inside the panel: error with retry', async () => {
    const runner = fakeRunner({
      'contact-sequence-status': ok(notEnrolled),
      'search-sequences': [() => ({ ok: false, error: { code: 'HUBSPOT_UNAVAILABLE', message: 'HubSpot is not reachable right now.', retryable: true } }), ok(page(0, 3, 3))],
    });
    const r = renderCard(runner);
    await openPanel(r);
    await r.waitFor(() => expect(r.find(ErrorState).props.title).toBe("Couldn't search sequences"));
    r.findByTestId(Button, 'retry').trigger('onClick');
    await r.waitFor(() => expect(optionIds(r)).toContain('100'));
  });

  it.each([
    ['UNAUTHORIZED', "The app's HubSpot access token was rejected. An admin needs to reinstall the app."],
    ['MISSING_SCOPES', 'The app is missing HubSpot permissions: automation.sequences.read.'],
    ['PERMISSION_DENIED', 'HubSpot does not allow this for this account or user.'],
  ] as const)('a non-retryable %s: the message, no "Try again"', async (code, message) => {
    const r = renderCard(fakeRunner({ 'contact-sequence-status': () => ({ ok: false, error: { code, message, retryable: false } }) }));
    await r.waitFor(() => expect(r.find(ErrorState).find(Text).text).toBe(message));
    expect(r.maybeFind(Button, { testId: 'retry' })).toBeNull();
  });

  it('steps unavailable for a non-retryable reason: no "Try again" next to them', async () => {
    const status = { ...enrolled(), sequence: null, sequenceError: { code: 'NOT_FOUND' as const, message: 'HubSpot could not find that record.', retryable: false } };
    const r = renderCard(fakeRunner({ 'contact-sequence-status': ok(status) }));
    await r.waitFor(() => expect(r.findByTestId(Alert, 'sequence-error').text).toContain('could not find'));
    expect(r.maybeFind(Button, { testId: 'retry-steps' })).toBeNull();
  });

  it('enroll answered HUBSPOT_UNAVAILABLE (not OUTCOME_UNKNOWN): "Not enrolled" in the panel, no "Enrollment not confirmed"', async () => {
    const runner = fakeRunner({
      'contact-sequence-status': ok(notEnrolled),
      'search-sequences': ok(page(0, 3, 3)),
      'get-sequence': ok(sequence),
      'enroll-in-sequence': () => ({ ok: false, error: { code: 'HUBSPOT_UNAVAILABLE', message: 'HubSpot is not reachable right now. Try again in a moment.', retryable: true } }),
    });
    const r = renderCard(runner);
    await openPanel(r);
    await r.waitFor(() => expect(optionIds(r)).toContain('101'));
    pick(r, '101');
    await r.waitFor(() => expect(r.findByTestId(LoadingButton, 'enroll-submit').props.disabled).toBe(false));
    r.findByTestId(LoadingButton, 'enroll-submit').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'enroll-error').text).toContain('not reachable'));
    expect(r.mocks.actions.addAlert.calls).toHaveLength(0);
    expect(r.mocks.actions.closeOverlay.calls).toHaveLength(0);
  });
});
