/**
 * HAND-WRITTEN v4 flows (the recorded ones: ./recorded-flows.ts): HubSpot's doc examples (seed-flows.json,
 * repaired) and flows built for the app's cases no recording has: a contact in legacy workflows with and without
 * a v4 mapping, enroll in / unenroll from a sequence (warnings), an A/B split with shares, custom code, a webhook,
 * a deal flow, a disabled flow, marketing emails and lists with names. Their ids are FIXTURES' (tests rely on them).
 */
import seedFlowsJson from './seed-flows.json';
import { completeFlow, conn, delayAction, listBased, manual, repairSeedFlow, sendEmail, setProp } from '../builders';
import type { PortalFlow } from '../types';
import { FIXTURES } from './ids';
import { OWNER_IDS } from './names';

const S = FIXTURES.sequences;
const F = FIXTURES.flows;

export function customFlows(at: string): PortalFlow[] {
  const contactFlow = (id: string, name: string, rest: Record<string, unknown>, isEnabled = true) =>
    completeFlow({ type: 'CONTACT_FLOW', objectTypeId: '0-1', flowType: 'WORKFLOW', isEnabled, name, ...rest }, id, at, '3');
  return [
    contactFlow(F.welcome, 'Welcome series', {
      startActionId: '1',
      actions: [
        sendEmail('1', '41000001', '2'),
        delayAction('2', 1440, '3'),
        sendEmail('3', '41000002', '4'),
        delayAction('4', 4320, '5'),
        setProp('5', 'lifecyclestage', 'marketingqualifiedlead'),
      ],
      enrollmentCriteria: listBased('lifecyclestage', 'subscriber'),
    }),
    contactFlow(F.leadScoring, 'Lead scoring – static branch on lifecycle stage', {
      startActionId: '1',
      actions: [
        {
          type: 'STATIC_BRANCH',
          actionId: '1',
          inputValue: { type: 'OBJECT_PROPERTY', propertyName: 'lifecyclestage' },
          staticBranches: [
            { branchValue: 'lead', connection: conn('2') },
            { branchValue: 'customer', connection: conn('3') },
          ],
          defaultBranchName: 'Other',
          defaultBranch: conn('4'),
        },
        setProp('2', 'hs_lead_status', 'NEW'),
        setProp('3', 'hs_lead_status', 'CONNECTED'),
        delayAction('4', 60),
      ],
      enrollmentCriteria: manual,
    }),
    contactFlow(F.listRouting, 'List branch routing by country', {
      startActionId: '1',
      actions: [
        {
          type: 'LIST_BRANCH',
          actionId: '1',
          defaultBranchName: 'Rest of world',
          defaultBranch: conn('4'),
          listBranches: [
            {
              branchName: 'France',
              connection: conn('2'),
              filterBranch: {
                filterBranchType: 'AND',
                filterBranchOperator: 'AND',
                filterBranches: [],
                filters: [
                  {
                    filterType: 'PROPERTY',
                    property: 'country',
                    operation: { operationType: 'STRING', operator: 'IS_EQUAL_TO', includeObjectsWithNoValueSet: false, value: 'France' },
                  },
                ],
              },
            },
            {
              branchName: 'Germany',
              connection: conn('3'),
              filterBranch: {
                filterBranchType: 'AND',
                filterBranchOperator: 'AND',
                filterBranches: [],
                filters: [
                  {
                    filterType: 'PROPERTY',
                    property: 'country',
                    operation: { operationType: 'STRING', operator: 'IS_EQUAL_TO', includeObjectsWithNoValueSet: false, value: 'Germany' },
                  },
                ],
              },
            },
          ],
        },
        setProp('2', 'hubspot_owner_id', OWNER_IDS.melinda),
        setProp('3', 'hubspot_owner_id', OWNER_IDS.priya),
        setProp('4', 'hubspot_owner_id', OWNER_IDS.jonas),
      ],
      enrollmentCriteria: listBased('hs_lead_status', 'NEW'),
    }),
    contactFlow(F.abNurture, 'A/B nurture with go-to', {
      startActionId: '1',
      actions: [
        {
          type: 'AB_TEST_BRANCH',
          actionId: '1',
          testBranches: [
            { percentage: 50, connection: conn('2') },
            { percentage: 50, connection: conn('3') },
          ],
        },
        sendEmail('2', '41000010', '4'),
        { ...sendEmail('3', '41000011'), connection: conn('4', 'GOTO') },
        delayAction('4', 2880, '5'),
        { ...setProp('5', 'hs_lead_status', 'OPEN'), connection: conn('2', 'GOTO') },
      ],
      enrollmentCriteria: manual,
    }),
    contactFlow(F.customCode, 'Custom code enrichment', {
      startActionId: '1',
      actions: [
        {
          type: 'CUSTOM_CODE',
          actionId: '1',
          runtime: 'NODE20X',
          secretNames: ['ENRICH_API_KEY'],
          sourceCode:
            "exports.main = async (event, callback) => {\n  const email = event.inputFields['email'];\n  callback({ outputFields: { tier: email && email.endsWith('.edu') ? 'edu' : 'std' } });\n};\n",
          inputFields: [{ name: 'email', value: { type: 'OBJECT_PROPERTY', propertyName: 'email' } }],
          outputFields: [{ type: 'ENUMERATION', name: 'tier', options: ['edu', 'std'] }],
          connection: conn('2'),
        },
        setProp('2', 'industry', 'EDUCATION'),
      ],
      enrollmentCriteria: manual,
    }),
    contactFlow(F.webhook, 'Webhook to ERP', {
      startActionId: '1',
      actions: [
        {
          type: 'WEBHOOK',
          actionId: '1',
          method: 'POST',
          webhookUrl: 'https://erp.example.com/hooks/hubspot',
          queryParams: [{ name: 'source', value: { type: 'STATIC_VALUE', staticValue: 'hubspot' } }],
          authSettings: { type: 'SIGNATURE', appId: 4102237 },
        },
      ],
      enrollmentCriteria: manual,
    }),
    contactFlow(F.enrollInSequence, 'Enroll MQLs in outbound sequence', {
      startActionId: '1',
      actions: [
        delayAction('1', 0, '2'),
        {
          type: 'SINGLE_CONNECTION',
          actionId: '2',
          actionTypeVersion: 0,
          actionTypeId: '0-46510720',
          fields: { sequenceId: S.outboundProspecting, sender_type: 'CONTACT_OWNER', contact_owner_email: FIXTURES.users.rep.email },
        },
      ],
      enrollmentCriteria: listBased('lifecyclestage', 'marketingqualifiedlead'),
    }),
    completeFlow(
      {
        type: 'PLATFORM_FLOW',
        objectTypeId: '0-3',
        flowType: 'WORKFLOW',
        isEnabled: true,
        name: 'Deal won follow-up',
        startActionId: '1',
        actions: [
          {
            type: 'SINGLE_CONNECTION',
            actionId: '1',
            actionTypeVersion: 0,
            actionTypeId: '0-3',
            connection: conn('2'),
            fields: { task_type: 'TODO', subject: 'Kick-off call', body: '<p>Schedule the kick-off.</p>', associations: [] },
          },
          delayAction('2', 10080),
        ],
        enrollmentCriteria: manual,
      },
      F.dealWon,
      at,
      '2',
    ),
    contactFlow(F.stopSequences, 'Customer handoff (stops sequences)', {
      startActionId: '1',
      actions: [
        { type: 'SINGLE_CONNECTION', actionId: '1', actionTypeVersion: 0, actionTypeId: '0-4702372', connection: conn('2'), fields: {} },
        setProp('2', 'lifecyclestage', 'customer'),
      ],
      enrollmentCriteria: manual,
    }),
    contactFlow(
      F.disabled,
      'Old nurture (disabled)',
      {
        startActionId: '1',
        actions: [sendEmail('1', '41000099')],
        enrollmentCriteria: manual,
      },
      false,
    ),
  ];
}

export function seedFlows(): PortalFlow[] {
  const ids = [F.seedFormTicket, F.seedFormSubmission, F.seedContactUs, F.seedLeadNurturing, F.seedDealStage];
  const entries = seedFlowsJson as { source: string; flow: Record<string, unknown> }[];
  return entries.map((e, i) => {
    const raw = structuredClone(e.flow);
    repairSeedFlow(raw);
    const created = (raw.createdAt as string) ?? '2025-01-15T10:00:00.000Z';
    return completeFlow(raw, (raw.id as string) ?? ids[i], created, (raw.revisionId as string) ?? '1');
  });
}
