/** Large synthetic portals for benchmarks: generatePortal({ sequences: 10_000, flows: 10_000, contacts: 1_000 }). */
import { completeFlow, seedData } from './fixtures';
import type { LegacyWorkflow, PortalContact, PortalData, PortalFlow, PortalSequence, SequenceStep } from './types';
import { prng } from './prng';

const WORDS = [
  'Outbound',
  'Inbound',
  'Renewal',
  'Webinar',
  'Follow-up',
  'Enterprise',
  'SMB',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'Partner',
  'Trial',
  'Churn',
  'Upsell',
  'Event',
  'Demo',
  'Nurture',
  'EMEA',
  'APAC',
  'Cold',
  'Warm',
  'Referral',
  'Onboarding',
];

/**
 * Starts from seedData() (so every FIXTURES id still works) and adds generated sequences, flows (with legacy
 * workflow mappings) and contacts (each in `workflowsPerContact` legacy workflows).
 */
export function generatePortal(opts: { sequences: number; flows: number; contacts: number; workflowsPerContact?: number; seed?: number }): PortalData {
  const rand = prng(opts.seed ?? 1);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)];
  const data = seedData();
  const at = '2025-10-01T00:00:00.000Z';
  const rep = data.users[0];

  const settings = data.sequences[0].settings;
  for (let i = 0; i < opts.sequences; i++) {
    const id = String(300_000_000 + i);
    const steps: SequenceStep[] = [
      {
        id: `${id}1`,
        stepOrder: 0,
        delayMillis: 0,
        actionType: 'EMAIL',
        createdAt: at,
        updatedAt: at,
        emailPattern: { id: `${id}11`, templateId: String(90_000_000 + i), createdAt: at, updatedAt: at },
      },
      {
        id: `${id}2`,
        stepOrder: 1,
        delayMillis: 86_400_000,
        actionType: 'TASK',
        createdAt: at,
        updatedAt: at,
        taskPattern: { id: `${id}21`, taskType: 'CALL', taskPriority: 'MEDIUM', subject: 'Call', createdAt: at, updatedAt: at },
      },
    ];
    const s: PortalSequence = {
      id,
      name: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} #${i}`,
      userId: rep.userId,
      createdAt: at,
      updatedAt: at,
      steps,
      settings,
      dependencies: [],
    };
    data.sequences.push(s);
  }

  const newFlows: PortalFlow[] = [];
  const legacy: LegacyWorkflow[] = [];
  const t = Date.parse(at);
  for (let i = 0; i < opts.flows; i++) {
    const id = String(700_000_000 + i);
    const isDeal = i % 10 === 9;
    newFlows.push(
      completeFlow(
        {
          type: isDeal ? 'PLATFORM_FLOW' : 'CONTACT_FLOW',
          objectTypeId: isDeal ? '0-3' : '0-1',
          flowType: 'WORKFLOW',
          isEnabled: i % 7 !== 0,
          name: `${pick(WORDS)} ${pick(WORDS)} workflow #${i}`,
          startActionId: '1',
          actions: [{ type: 'SINGLE_CONNECTION', actionId: '1', actionTypeVersion: 0, actionTypeId: '0-1', fields: { delta: '60', time_unit: 'MINUTES' } }],
          enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
        },
        id,
        at,
        '1',
      ),
    );
    if (!isDeal) {
      // every 13th contact flow has no v4 mapping (its legacy id is listed, its flowId is not)
      const unmapped = i % 13 === 12;
      legacy.push({
        workflowId: 20_000_000 + i,
        ...(unmapped ? {} : { flowId: id }),
        name: newFlows[i].name as string,
        type: 'DRIP_DELAY',
        enabled: i % 7 !== 0,
        insertedAt: t,
        updatedAt: t,
      });
    }
  }
  data.flows.push(...newFlows);
  data.legacyWorkflows.push(...legacy);

  const perContact = opts.workflowsPerContact ?? 3;
  const enabledLegacy = legacy.filter((w) => w.enabled);
  for (let i = 0; i < opts.contacts; i++) {
    const id = String(5_000_000 + i);
    const created = at;
    const c: PortalContact = {
      id,
      createdAt: created,
      updatedAt: created,
      properties: {
        hs_object_id: id,
        createdate: created,
        lastmodifieddate: created,
        email: `contact${i}@bench.example.com`,
        firstname: `First${i}`,
        lastname: `Last${i}`,
        hs_email_optout: 'false',
        hs_email_hard_bounce_reason_enum: null,
        hs_sequences_is_enrolled: 'false',
        hs_sequences_actively_enrolled_count: '0',
        hs_latest_sequence_enrolled: null,
        hs_latest_sequence_enrolled_date: null,
      },
    };
    data.contacts.push(c);
    const seen = new Set<number>();
    for (let k = 0; k < perContact && enabledLegacy.length; k++) {
      const w = enabledLegacy[(i * perContact + k) % enabledLegacy.length];
      if (seen.has(w.workflowId)) continue;
      seen.add(w.workflowId);
      data.workflowMemberships.push({ contactId: id, workflowId: w.workflowId, enrolledAt: created });
    }
  }
  return data;
}
