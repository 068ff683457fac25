/**
 * What the portal names the ids its flows refer to (properties and options, pipelines, owners, association
 * labels, lists, forms, marketing emails). Names deliberately differ from ids and from anything derivable
 * from them (owners whose names are not in their emails, a custom property with its own option labels),
 * so a test that sees the name knows it came from the API. Ids match the flows in ./flows.ts and seed-flows.json.
 * Some ids are left out on purpose: email 41000099 and form "form-uuid-here" are "deleted" (404).
 */
import type { PortalNames } from '../types';
import { FIXTURES } from './ids';
import { email, form, list, owner, pipeline, property } from './name-builders';
import { recordedNames, type RecordedNames } from './recorded-names';

const U = FIXTURES.users;

/** Owner ids are not user ids in HubSpot: listRouting assigns these. */
export const OWNER_IDS = { melinda: '81000001', priya: '81000002', jonas: '81000003' } as const;
export const TEAM_IDS = { emea: '5501' } as const;

export function namesData(at: string): PortalNames {
  return withRecordedNames(handWrittenNames(at), recordedNames(at));
}

/** Adds the names of the recorded flows' ids (./recorded-names.ts); a name already here wins. */
function withRecordedNames(names: PortalNames, rec: RecordedNames): PortalNames {
  for (const [objectType, props] of Object.entries(rec.properties)) {
    const have = (names.properties[objectType] ??= []);
    for (const p of props) if (!have.some((h) => h.name === p.name)) have.push(p);
  }
  names.owners.push(...rec.owners);
  names.forms.push(...rec.forms);
  names.marketingEmails.push(...rec.marketingEmails);
  Object.assign(names.associationLabels, rec.associationLabels);
  return names;
}

function handWrittenNames(at: string): PortalNames {
  const lifecycle: [string, string][] = [
    ['subscriber', 'Subscriber'],
    ['lead', 'Lead'],
    ['marketingqualifiedlead', 'Marketing Qualified Lead'],
    ['salesqualifiedlead', 'Sales Qualified Lead'],
    ['opportunity', 'Opportunity'],
    ['customer', 'Customer'],
    ['evangelist', 'Evangelist'],
    ['other', 'Other'],
  ];
  const leadStatus: [string, string][] = [
    ['NEW', 'New'],
    ['OPEN', 'Open – awaiting first touch'],
    ['IN_PROGRESS', 'In progress'],
    ['OPEN_DEAL', 'Open deal'],
    ['UNQUALIFIED', 'Unqualified'],
    ['ATTEMPTED_TO_CONTACT', 'Attempted to contact'],
    ['CONNECTED', 'Connected'],
    ['BAD_TIMING', 'Bad timing'],
    ['QUALIFIED', 'Qualified'],
  ];
  const emea = { id: TEAM_IDS.emea, name: 'EMEA Sales', primary: true };
  return {
    properties: {
      '0-1': [
        property('lifecyclestage', 'Lifecycle stage', 'enumeration', 'radio', lifecycle),
        property('hs_lead_status', 'Lead status', 'enumeration', 'radio', leadStatus),
        property('country', 'Country/Region', 'string', 'text'),
        property('hubspot_owner_id', 'Contact owner', 'enumeration', 'select', [], { referencedObjectType: 'OWNER', externalOptions: true }),
        // A custom property: its own label and option labels, nothing humanizing its name would give.
        property(
          'industry',
          'Industry vertical',
          'enumeration',
          'select',
          [
            ['EDUCATION', 'Education & research'],
            ['HEALTHCARE', 'Healthcare'],
            ['SOFTWARE', 'Software & SaaS'],
          ],
          { hubspotDefined: false },
        ),
      ],
      '0-3': [
        property('dealname', 'Deal name', 'string', 'text'),
        property('dealstage', 'Deal stage', 'enumeration', 'radio', [
          ['appointmentscheduled', 'Appointment scheduled'],
          ['qualifiedtobuy', 'Qualified to buy'],
          ['closedwon', 'Closed won'],
        ]),
        property('amount', 'Amount', 'number', 'number'),
        property('pipeline', 'Pipeline', 'enumeration', 'select', [['default', 'Sales pipeline']]),
      ],
      '0-5': [
        property('subject', 'Ticket name', 'string', 'text'),
        property('content', 'Ticket description', 'string', 'textarea'),
        property('hs_pipeline_stage', 'Ticket status', 'enumeration', 'select', [
          ['1', 'New'],
          ['2', 'Waiting on contact'],
          ['3', 'Waiting on us'],
          ['4', 'Closed'],
        ]),
        property('source_type', 'Source', 'enumeration', 'select', [
          ['EMAIL', 'Email'],
          ['FORM', 'Form submission'],
          ['PHONE', 'Phone'],
        ]),
      ],
    },
    pipelines: {
      '0-3': [
        pipeline(
          'default',
          'Sales pipeline',
          [
            ['appointmentscheduled', 'Appointment scheduled'],
            ['qualifiedtobuy', 'Qualified to buy'],
            ['closedwon', 'Closed won'],
          ],
          at,
        ),
      ],
      '0-5': [
        pipeline(
          '0',
          'Support pipeline',
          [
            ['1', 'New'],
            ['2', 'Waiting on contact'],
            ['3', 'Waiting on us'],
            ['4', 'Closed'],
          ],
          at,
        ),
      ],
    },
    owners: [
      owner(OWNER_IDS.melinda, Number(U.rep.userId), U.rep.firstName, U.rep.lastName, U.rep.email, at, [emea]),
      owner(OWNER_IDS.priya, Number(U.repNoInbox.userId), 'Priya', 'Raman', 'sales-east@acme-demo.com', at, [emea]),
      owner(OWNER_IDS.jonas, Number(U.repNoSeat.userId), 'Jonas', 'Weber', 'desk.emea@acme-demo.com', at),
    ],
    associationLabels: {
      '0-5:0-1': [
        { category: 'HUBSPOT_DEFINED', typeId: 16, label: undefined, fromObjectTypeId: '0-5', toObjectTypeId: '0-1' },
        { category: 'USER_DEFINED', typeId: 61, label: 'Requester', fromObjectTypeId: '0-5', toObjectTypeId: '0-1' },
      ],
      '0-1:0-5': [{ category: 'HUBSPOT_DEFINED', typeId: 15, label: undefined, fromObjectTypeId: '0-1', toObjectTypeId: '0-5' }],
      '0-3:0-1': [{ category: 'HUBSPOT_DEFINED', typeId: 3, label: undefined, fromObjectTypeId: '0-3', toObjectTypeId: '0-1' }],
    },
    lists: [list('178', 'Trade-show leads – Berlin 2026'), list('42', 'Newsletter (weekly digest)')],
    forms: [form('2f5cc7f8-d359-4e9c-a770-dd42ea07d217', 'Contact us (footer)', at), form('1c2c34c5-c98b-4241-abea-ef227575335b', 'Demo request – pricing page', at)],
    marketingEmails: [
      email('113782603056', 'Ticket received – auto reply', 'We got your request', at),
      email('35431921489', 'Thanks for getting in touch', 'Thanks {{contact.firstname}}', at),
      email('41000001', 'Welcome 1 – Getting started', 'Welcome aboard', at),
      email('41000002', 'Welcome 2 – Tips from the team', 'Three tips for week one', at),
      email('41000010', 'Nurture A – Customer story', 'How Acme cut onboarding time', at),
      email('41000011', 'Nurture B – ROI calculator', 'What would you save?', at),
    ],
  };
}
