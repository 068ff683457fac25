/**
 * The emulated portal's seed data. FIXTURES names its ids (data/ids.ts; other engineers' tests import it
 * from here: keep the names and ids stable). seedData() returns a fresh copy of the data in portal/data/,
 * assembled with the builders in ./builders.
 */
import { ACTION_TYPES } from './data/action-types';
import { emailTemplates } from './data/email-templates';
import { chainedFlows } from './data/chained-flows';
import { customFlows, seedFlows } from './data/flows';
import { FIXTURES } from './data/ids';
import { legacyWorkflows } from './data/legacy-workflows';
import { namesData } from './data/names';
import { recordedFlows } from './data/recorded-flows';
import { sequences } from './data/sequences';
import { contact, DAY, iso, pick } from './builders';
import type { PortalContact, PortalData } from './types';

export { FIXTURES } from './data/ids';
export { completeFlow, repairSeedFlow } from './builders';

const U = FIXTURES.users;
const C = FIXTURES.contacts;
const S = FIXTURES.sequences;
const W = FIXTURES.legacyWorkflows;

/** Fresh portal data (timestamps relative to now for "3 days ago"). */
export function seedData(now = Date.now()): PortalData {
  const created = now - 90 * DAY;
  const enrolledAt = iso(now - 3 * DAY);
  const contacts: PortalContact[] = [
    contact(
      C.enrolled,
      {
        email: 'ada.enrolled@example.com',
        firstname: 'Ada',
        lastname: 'Enrolled',
        hubspot_owner_id: U.rep.userId,
        hs_sequences_is_enrolled: 'true',
        hs_sequences_actively_enrolled_count: '1',
        hs_latest_sequence_enrolled: S.simpleCall,
        hs_latest_sequence_enrolled_date: enrolledAt,
        lifecyclestage: 'lead',
      },
      created,
    ),
    contact(C.notEnrolled, { email: 'ben.notenrolled@example.com', firstname: 'Ben', lastname: 'Free', lifecyclestage: 'lead' }, created),
    contact(C.noEmail, { email: null, firstname: 'Cleo', lastname: 'Noemail', phone: '+33 1 23 45 67 89' }, created),
    contact(C.optedOut, { email: 'dan.optout@example.com', firstname: 'Dan', lastname: 'Optout', hs_email_optout: 'true' }, created),
    contact(C.bounced, { email: 'eve.bounced@invalid.example.com', firstname: 'Eve', lastname: 'Bounced', hs_email_hard_bounce_reason_enum: 'UNKNOWN_USER' }, created),
    contact(C.inWorkflows, { email: 'finn.workflows@example.com', firstname: 'Finn', lastname: 'Workflows', lifecyclestage: 'subscriber' }, created),
    contact(C.inNoWorkflows, { email: 'gia.noworkflows@example.com', firstname: 'Gia', lastname: 'Quiet' }, created),
    // In two recorded UDEP flows; properties those flows read (the recording's option values).
    contact(
      C.inRecordedWorkflows,
      {
        email: 'hugo.piura@example.com',
        firstname: 'Hugo',
        lastname: 'Piura',
        phone: '+51 973 555 010',
        pais_lead: 'Perú',
        programas_piura__udn_udep_: 'Diplomado Marketing Digital y Analítica',
        nivel_de_estudios__udn_udep_: 'Titulado',
        hubspot_owner_id: '30630770',
      },
      created,
    ),
    contact(C.inSensitiveWorkflow, { email: 'ines.sensitive@example.com', firstname: 'Inés', lastname: 'Sensitive' }, created),
  ];
  return {
    portalId: FIXTURES.portalId,
    users: [
      { ...pick(U.rep), inboxes: [U.rep.email, U.rep.alias], paidSeat: true },
      { ...pick(U.repNoInbox), inboxes: [], paidSeat: true },
      { ...pick(U.repNoSeat), inboxes: [U.repNoSeat.email], paidSeat: false },
    ],
    contacts,
    sequences: sequences(),
    sequenceEnrollments: [
      {
        id: '77000001',
        contactId: C.enrolled,
        sequenceId: S.simpleCall,
        enrolledBy: U.rep.userId,
        enrolledByEmail: U.rep.email,
        toEmail: 'ada.enrolled@example.com',
        senderEmail: U.rep.email,
        enrolledAt,
        updatedAt: enrolledAt,
        active: true,
      },
    ],
    // Recorded flows first (served as recorded), then the hand-written ones (portal/README.md says which show what).
    flows: [...recordedFlows(), ...chainedFlows('2025-09-10T08:00:00.000Z'), ...seedFlows(), ...customFlows('2025-09-10T08:00:00.000Z')],
    legacyWorkflows: legacyWorkflows(),
    workflowMemberships: [
      ...[W.welcome, W.leadScoring, W.classicRotation].map((workflowId) => ({ contactId: C.inWorkflows, workflowId, enrolledAt: iso(now - 10 * DAY) })),
      ...[W.recordedAsignacionLeads, W.recordedNivelEstudios].map((workflowId) => ({ contactId: C.inRecordedWorkflows, workflowId, enrolledAt: iso(now - 2 * DAY) })),
      { contactId: C.inSensitiveWorkflow, workflowId: W.sensitiveHealth, enrolledAt: iso(now - 5 * DAY) },
    ],
    sensitiveFlowIds: [FIXTURES.flows.sensitiveHealth],
    actionTypes: structuredClone(ACTION_TYPES),
    emailTemplates: emailTemplates(),
    names: namesData('2025-06-02T09:00:00.000Z'),
  };
}
