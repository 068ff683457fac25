import { decodeSequence, delayText, sendWindow, toSearchPage } from './decode';
import { eligibilityOf, firstRefusal } from './eligibility';
import { refusalOfPost } from '../runtime/sequence-refusals';
import { errorFromResponse } from '../hubspot/errors';
import { decodeEntities, htmlToPlainText } from './plain-text';
import type { Contact, ContactSequenceEnrollment, Sequence } from '../hubspot/schemas';

const DAY = 86_400_000;
const at = '2024-06-26T18:37:01.146Z';

/** Seed 004: "Melinda's simple call sequence", verbatim. */
const seed: Sequence = {
  id: '123456789',
  name: "Melinda's simple call sequence",
  createdAt: at,
  updatedAt: at,
  userId: '8698664',
  steps: [
    {
      id: '198771535',
      stepOrder: 0,
      delayMillis: 0,
      actionType: 'TASK',
      createdAt: at,
      updatedAt: at,
      taskPattern: { id: '23594004', taskType: 'CALL', taskPriority: 'LOW', subject: 'Call contact to follow up', createdAt: at, updatedAt: at },
    },
    {
      id: '198771536',
      stepOrder: 1,
      delayMillis: 86400000,
      actionType: 'TASK',
      createdAt: at,
      updatedAt: at,
      taskPattern: {
        id: '23594005',
        taskType: 'EMAIL',
        taskPriority: 'LOW',
        subject: 'Send follow-up email',
        notes: '<p>Send an email to thank them for their time and follow up. Use one of our templates based on the call outcome.</p>',
        createdAt: at,
        updatedAt: at,
      },
    },
    { id: '198771537', stepOrder: 2, delayMillis: 0, actionType: 'FINISH_ENROLLMENT', createdAt: at, updatedAt: at },
  ],
  settings: {
    eligibleFollowUpDays: 'BUSINESS_DAYS',
    sellingStrategy: 'LEAD_BASED',
    sendWindowStartMinute: 480,
    sendWindowEndMinute: 1080,
    taskReminderMinute: 480,
    individualTaskRemindersEnabled: false,
  },
  dependencies: [
    { id: '15241774', dependencyType: 'TASK_COMPLETION', requiredBySequenceStepId: '198771536', reliesOnSequenceStepId: '198771535', requiredByStepOrder: 1, reliesOnStepOrder: 0 },
    { id: '15241775', dependencyType: 'TASK_COMPLETION', requiredBySequenceStepId: '198771537', reliesOnSequenceStepId: '198771536', requiredByStepOrder: 2, reliesOnStepOrder: 1 },
  ],
};

describe('decodeSequence', () => {
  it('decodes the seed sequence: kinds, delays, day offsets, plain-text notes, dependencies', () => {
    const d = decodeSequence(seed);
    expect(d.steps.map((s) => [s.number, s.kind, s.kindLabel, s.delayText, s.offsetText])).toEqual([
      [1, 'call_task', 'Call task', 'Immediately', 'Day 1'],
      [2, 'email_task', 'Email task', '1 day later', 'Day 2'],
      [3, 'finish', 'Finish sequence', 'Immediately', 'Day 2'],
    ]);
    expect(d.steps[0].task).toEqual({ taskType: 'CALL', subject: 'Call contact to follow up', priority: 'LOW', priorityLabel: 'Low priority', notes: undefined });
    expect(d.steps[1].task?.notes).toBe('Send an email to thank them for their time and follow up. Use one of our templates based on the call outcome.');
    expect(d.steps[1].dependencies).toEqual([{ stepNumber: 1, type: 'TASK_COMPLETION', text: 'Starts after step 1 is completed.' }]);
    expect(d.steps[2].dependencies[0].text).toBe('Starts after step 2 is completed.');
    expect(d.steps[0].summary).toBe('Call task: Call contact to follow up (Low priority)');
    expect(d.sendWindowText).toBe('Automated emails send between 08:00 and 18:00');
    expect(d.followUpDaysText).toBe('Follow-ups due on a weekend go out the next Monday');
  });

  it('puts the send window on automated email steps, threads replies, orders by stepOrder, and survives unknown types', () => {
    const seq: Sequence = {
      ...seed,
      settings: { sendWindowStartMinute: 540, sendWindowEndMinute: 1020 },
      steps: [
        { id: 'c', stepOrder: 2, delayMillis: 2 * DAY, actionType: 'EMAIL', emailPattern: { id: 'e2', templateId: '92', threadEmailToStepOrder: 0 } },
        { id: 'a', stepOrder: 0, delayMillis: 0, actionType: 'EMAIL', emailPattern: { id: 'e1', templateId: '91' } },
        { id: 'b', stepOrder: 1, delayMillis: 90 * 60_000, actionType: 'TASK', taskPattern: { id: 't', taskType: 'LINKED_IN_CONNECT', taskPriority: 'HIGH', subject: 'Connect' } },
        { id: 'd', stepOrder: 3, delayMillis: DAY, actionType: 'SOMETHING_NEW' },
        { id: 'e', stepOrder: 4, delayMillis: 0, actionType: 'TASK', taskPattern: { id: 't2', taskType: 'TODO', taskPriority: 'NONE' } },
      ],
      dependencies: [{ id: 'x', dependencyType: 'MANUAL_PAUSE', requiredBySequenceStepId: 'd', reliesOnSequenceStepId: 'c', requiredByStepOrder: 3, reliesOnStepOrder: 2 }],
    };
    const d = decodeSequence(seq);
    expect(d.steps.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(d.steps[0].offsetText).toBe('Day 1, 09:00–17:00 window');
    expect(d.steps[1]).toMatchObject({ kind: 'linkedin_task', delayText: '1 hour 30 minutes later', offsetText: 'Day 1' });
    expect(d.steps[2]).toMatchObject({ offsetText: 'Day 3, 09:00–17:00 window', email: { templateId: '92', threadWithStepNumber: 1, threadText: 'Replies in thread of step 1' } });
    expect(d.steps[3]).toMatchObject({ kind: 'other', kindLabel: 'Something new', day: 4 });
    expect(d.steps[3].dependencies[0].text).toMatch(/until someone resumes/);
    expect(d.steps[4].summary).toBe('To-do task');
  });

  it('delay words', () => {
    expect(delayText(0)).toBe('Immediately');
    expect(delayText(DAY)).toBe('1 day later');
    expect(delayText(3 * DAY)).toBe('3 days later');
    expect(delayText(DAY + 2 * 3_600_000)).toBe('1 day 2 hours later');
    expect(delayText(30 * 60_000)).toBe('30 minutes later');
    expect(sendWindow({ sendWindowStartMinute: 0, sendWindowEndMinute: 1440 })).toBeUndefined();
    expect(sendWindow({ sendWindowStartMinute: 600, sendWindowEndMinute: 500 })).toBeUndefined();
    expect(sendWindow(undefined)).toBeUndefined();
  });

  it('search page carries the cursor only when there is a next page', () => {
    expect(toSearchPage({ total: 3, results: [{ id: '1', name: 'A', userId: '2', createdAt: at, updatedAt: at, folderId: '7' }], paging: { next: { after: 'NA==' } } })).toEqual({
      total: 3,
      results: [{ id: '1', name: 'A', folderId: '7', updatedAt: at }],
      nextAfter: 'NA==',
    });
    expect(toSearchPage({ total: 0, results: [] })).toEqual({ total: 0, results: [] });
  });
});

describe('htmlToPlainText', () => {
  it('strips tags, keeps block structure and bullets, decodes entities once', () => {
    expect(htmlToPlainText('<p>Reference the <strong>intro email</strong>. Ask about:</p><ul><li>current tooling</li><li>timeline</li></ul>')).toBe(
      'Reference the intro email. Ask about:\n• current tooling\n• timeline',
    );
    expect(htmlToPlainText('<p>Check the <a href="https://x">account page</a> &amp; recent deals.</p>')).toBe('Check the account page & recent deals.');
    expect(htmlToPlainText('a &amp;lt;b&amp;gt; c')).toBe('a &lt;b&gt; c');
    expect(htmlToPlainText('Tom &lt;script&gt; &#39;x&#x27; &nbsp;&hellip;')).toBe("Tom <script> 'x' …");
  });
  it('drops script/style content, comments and unterminated tags; keeps a bare "<"', () => {
    expect(htmlToPlainText('<script>alert(1)</script><style>p{}</style>Hi<!-- secret --> there')).toBe('Hi there');
    expect(htmlToPlainText('1 < 2 and <b')).toBe('1 < 2 and');
    expect(htmlToPlainText('<img src=x onerror=alert(1)>ok')).toBe('ok');
    expect(htmlToPlainText(undefined)).toBe('');
    expect(htmlToPlainText('line1<br>line2<br/><br/><br/>line3')).toBe('line1\nline2\nline3');
  });
  it('refuses invalid numeric references', () => {
    expect(decodeEntities('&#0;&#xD800;&#1114112;&unknown;')).toBe('\uFFFD\uFFFD\uFFFD&unknown;');
  });
});

const contact = (props: Record<string, string | null>): Contact => ({
  id: '1',
  properties: { email: 'a@b.co', hs_email_optout: 'false', hs_email_hard_bounce_reason_enum: null, ...props },
});
const enrollment: ContactSequenceEnrollment = {
  id: 'e1',
  sequenceId: '9',
  sequenceName: 'Renewals',
  enrolledBy: '1',
  enrolledByEmail: 'r@x.co',
  toEmail: 'a@b.co',
  enrolledAt: at,
  updatedAt: at,
};

describe('eligibility', () => {
  it('eligible contact', () => {
    expect(eligibilityOf(contact({}), null)).toMatchObject({ canEnroll: true, reasons: [] });
  });
  it('each reason, in plain words', () => {
    expect(eligibilityOf(contact({ email: '  ' }), null).reasons.map((r) => r.code)).toEqual(['NO_EMAIL']);
    expect(eligibilityOf(contact({ hs_email_optout: 'true' }), null).reasons[0].message).toMatch(/opted out/);
    const b = eligibilityOf(contact({ hs_email_hard_bounce_reason_enum: 'BAD_MAILBOX' }), null);
    expect(b).toMatchObject({ bounced: true, bounceReason: 'BAD_MAILBOX', canEnroll: false });
    expect(b.reasons[0].message).toMatch(/hard-bounced \(the mailbox does not exist\)/);
    const e = eligibilityOf(contact({}), enrollment);
    expect(e.reasons[0].message).toContain('"Renewals"');
    expect(firstRefusal(eligibilityOf(contact({ email: null, hs_email_optout: 'true' }), enrollment))).toBe('NO_EMAIL');
    expect(firstRefusal(eligibilityOf(contact({ hs_email_optout: 'true' }), enrollment))).toBe('ALREADY_ENROLLED');
  });
  it("maps HubSpot's refusal reasons", () => {
    const POST = { method: 'POST', path: '/automation/sequences/2026-09/enrollments' };
    const mapped = (subCategory: string) => refusalOfPost(errorFromResponse(400, { category: 'VALIDATION_ERROR', subCategory, message: 'x' }, POST), 'a@b.co');
    expect(mapped('ALREADY_ENROLLED')?.code).toBe('ALREADY_ENROLLED');
    expect(mapped('UNSUBSCRIBED')?.code).toBe('OPTED_OUT');
    expect(mapped('UNSUBSCRIBED_PERSONAL')?.message).toMatch(/personal emails/);
    expect(mapped('BOUNCED')?.code).toBe('BOUNCED');
    expect(mapped('RECIPIENT_PREVIOUSLY_BOUNCED_GLOBALLY')?.code).toBe('BOUNCED');
    expect(mapped('RECIPIENT_PREVIOUSLY_BOUNCED_ON_PORTAL')?.message).toMatch(/bounced before/);
    for (const r of ['BLOCKED_ADDRESS', 'BLOCKED_DOMAIN', 'PREVIOUSLY_MARKED_AS_SPAM', 'OTHER_SEND_REJECTED']) expect(mapped(r)?.code).toBe('ENROLLMENT_REFUSED');
    expect(mapped('SOMETHING_ELSE')).toMatchObject({
      code: 'ENROLLMENT_REFUSED',
      message: expect.stringMatching(/^HubSpot refused to enroll this contact for a reason this app does not know/),
    });
    expect(mapped('BLOCKED_DOMAIN')?.message).toMatch(/email domain.*BLOCKED_DOMAIN/);
  });
});
