/** The portal's sequences: seed 004's sequence, copied, and six more built around FIXTURES. */
import { DAY, email, seq, task } from '../builders';
import type { PortalSequence } from '../types';
import { FIXTURES } from './ids';

const U = FIXTURES.users;
const S = FIXTURES.sequences;

export function sequences(): PortalSequence[] {
  // Seed 004, copied (ids, timestamps, steps, settings, dependencies) with the owner set to our rep.
  const seedAt = '2024-06-26T18:37:01.146Z';
  const simpleCall: PortalSequence = {
    id: S.simpleCall,
    name: "Melinda's simple call sequence",
    createdAt: seedAt,
    updatedAt: seedAt,
    userId: U.rep.userId,
    steps: [
      {
        id: '198771535',
        stepOrder: 0,
        delayMillis: 0,
        actionType: 'TASK',
        createdAt: seedAt,
        updatedAt: seedAt,
        taskPattern: { id: '23594004', taskType: 'CALL', taskPriority: 'LOW', subject: 'Call contact to follow up', createdAt: seedAt, updatedAt: seedAt },
      },
      {
        id: '198771536',
        stepOrder: 1,
        delayMillis: 86400000,
        actionType: 'TASK',
        createdAt: seedAt,
        updatedAt: seedAt,
        taskPattern: {
          id: '23594005',
          taskType: 'EMAIL',
          taskPriority: 'LOW',
          subject: 'Send follow-up email',
          notes: '<p>Send an email to thank them for their time and follow up. Use one of our templates based on the call outcome.</p>',
          createdAt: seedAt,
          updatedAt: seedAt,
        },
      },
      { id: '198771537', stepOrder: 2, delayMillis: 0, actionType: 'FINISH_ENROLLMENT', createdAt: seedAt, updatedAt: seedAt },
    ],
    settings: {
      id: '18167737',
      eligibleFollowUpDays: 'BUSINESS_DAYS',
      sellingStrategy: 'LEAD_BASED',
      sendWindowStartMinute: 480,
      sendWindowEndMinute: 1080,
      taskReminderMinute: 480,
      individualTaskRemindersEnabled: false,
      createdAt: seedAt,
      updatedAt: seedAt,
    },
    dependencies: [
      {
        id: '15241774',
        createdAt: seedAt,
        updatedAt: seedAt,
        dependencyType: 'TASK_COMPLETION',
        requiredBySequenceStepId: '198771536',
        reliesOnSequenceStepId: '198771535',
        requiredByStepOrder: 1,
        reliesOnStepOrder: 0,
      },
      {
        id: '15241775',
        createdAt: seedAt,
        updatedAt: seedAt,
        dependencyType: 'TASK_COMPLETION',
        requiredBySequenceStepId: '198771537',
        reliesOnSequenceStepId: '198771536',
        requiredByStepOrder: 2,
        reliesOnStepOrder: 1,
      },
    ],
  };
  const at = '2025-11-03T09:15:00.000Z';
  return [
    simpleCall,
    seq(
      S.outboundProspecting,
      'Outbound prospecting – 5 touches',
      U.rep.userId,
      at,
      [
        { actionType: 'EMAIL', delayMillis: 0, emailPattern: email('31000001', '91000001') },
        {
          actionType: 'TASK',
          delayMillis: DAY,
          taskPattern: task(
            '32000001',
            'CALL',
            'HIGH',
            'Call {{contact.firstname}} about the intro email',
            '<p>Reference the <strong>intro email</strong>. Ask about:</p><ul><li>current tooling</li><li>timeline</li></ul>',
          ),
        },
        { actionType: 'EMAIL', delayMillis: 3 * DAY, emailPattern: email('31000002', '91000002', 0) },
        { actionType: 'TASK', delayMillis: DAY, taskPattern: task('32000002', 'LINKED_IN_CONNECT', 'MEDIUM', 'Connect on LinkedIn') },
        {
          actionType: 'TASK',
          delayMillis: 3 * DAY,
          taskPattern: task('32000003', 'TODO', 'NONE', 'Research account', '<p>Check the <a href="https://example.com/crm">account page</a> &amp; recent deals.</p>'),
        },
        { actionType: 'EMAIL', delayMillis: 0, emailPattern: email('31000003', '91000003', 2) },
        { actionType: 'FINISH_ENROLLMENT', delayMillis: 0 },
      ],
      { folderId: '7001' },
    ),
    seq(S.inboundFollowUp, 'Inbound lead follow-up', U.rep.userId, at, [
      { actionType: 'EMAIL', delayMillis: 0, emailPattern: email('31000011', '91000011') },
      { actionType: 'TASK', delayMillis: DAY, taskPattern: task('32000011', 'CALL', 'MEDIUM', 'Follow-up call') },
      { actionType: 'EMAIL', delayMillis: 3 * DAY, emailPattern: email('31000012', '91000012', 0) },
    ]),
    seq(
      S.renewalReminder,
      'Renewal reminder (customers)',
      U.rep.userId,
      at,
      [
        { actionType: 'TASK', delayMillis: 0, taskPattern: task('32000021', 'EMAIL', 'HIGH', 'Send renewal quote', '<p>Attach the <em>renewal quote</em>.</p>') },
        { actionType: 'TASK', delayMillis: 3 * DAY, taskPattern: task('32000022', 'MEETING', 'LOW', 'Book renewal meeting') },
        { actionType: 'FINISH_ENROLLMENT', delayMillis: 0 },
      ],
      { folderId: '7002' },
    ),
    seq(S.webinarFollowUp, 'Webinar attendees follow-up', U.repNoInbox.userId, at, [
      { actionType: 'EMAIL', delayMillis: 0, emailPattern: email('31000031', '91000031') },
      { actionType: 'TASK', delayMillis: DAY, taskPattern: task('32000031', 'LINKED_IN_MESSAGE', 'LOW', 'Message on LinkedIn') },
    ]),
    seq(S.reEngagement, 'Q4 re-engagement', U.rep.userId, at, [
      { actionType: 'EMAIL', delayMillis: 0, emailPattern: email('31000041', '91000041') },
      { actionType: 'EMAIL', delayMillis: 3 * DAY, emailPattern: email('31000042', '91000042', 0) },
    ]),
    seq(S.partnerIntro, 'Partner intro', U.repNoSeat.userId, at, [
      { actionType: 'TASK', delayMillis: 0, taskPattern: task('32000051', 'TODO', 'LOW', 'Prepare partner intro') },
      { actionType: 'FINISH_ENROLLMENT', delayMillis: DAY },
    ]),
  ];
}
