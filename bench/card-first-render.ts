/** Benchmark 1: the cards' first render, ours next to a NAIVE baseline (one call after another) in the same run. */
import { FIXTURES } from '../portal/fixtures';
import { generatePortal } from '../portal/generate';
import { DEFAULT_TOKEN, type Portal } from '../portal/server';
import type { FunctionUid } from '../server/registry';
import { CONTACT_PROPERTIES } from '../server/sequences/eligibility';
import { LATENCY, RUNS, SEQUENCE_CARD_PROPERTIES, goal, json, measure, portalWith, propertiesToSendOf, runOurs, type Measured } from './context';
import { fmtMs, median, table } from './lib';
import { WORKFLOW_DETAILS_PROPERTIES_TO_SEND } from '../src/app/cards/shared/properties-to-send';

const U = FIXTURES.users;
const C = FIXTURES.contacts;

// ------------------------------------------------------------------------------------------------
// Naive baselines: one HubSpot call after another (plain fetch, no validation: if anything, faster per call).

async function get(portal: Portal, p: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${portal.url}${p}`, { headers: { authorization: `Bearer ${DEFAULT_TOKEN}`, accept: 'application/json' } });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
async function post(portal: Portal, p: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${portal.url}${p}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { authorization: `Bearer ${DEFAULT_TOKEN}`, accept: 'application/json', 'content-type': 'application/json' },
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** Sequences card, naive: contact, then its enrollment, then the sequence. */
export async function naiveSequenceStatus(portal: Portal, contactId: string, userId: string): Promise<{ ok: boolean }> {
  const contact = await get(portal, `/crm/v3/objects/contacts/${contactId}?properties=${CONTACT_PROPERTIES.join(',')}`);
  const enrollment = await get(portal, `/automation/sequences/2026-03/enrollments/contact/${contactId}`);
  const sequenceId = (enrollment.body as { sequenceId?: string } | undefined)?.sequenceId;
  if (enrollment.status === 200 && sequenceId) await get(portal, `/automation/sequences/2026-03/${sequenceId}?userId=${userId}`);
  return { ok: contact.status === 200 };
}

/** Workflows card, naive: the v2 list, then per workflow one id-mapping call and one GET of the flow. */
export async function naiveContactWorkflows(portal: Portal, contactId: string): Promise<{ ok: boolean }> {
  const list = await get(portal, `/automation/v2/workflows/enrollments/contacts/${contactId}`);
  for (const w of (list.body as { id: number }[]) ?? []) {
    const m = await post(portal, '/automation/v4/workflow-id-mappings/batch/read', { inputs: [{ type: 'WORKFLOW_ID', workflowId: String(w.id) }] });
    const flowId = (m.body as { results?: { flowId: number }[] })?.results?.[0]?.flowId;
    if (flowId !== undefined) await get(portal, `/automation/v4/flows/${flowId}`);
  }
  return { ok: list.status === 200 };
}

// ------------------------------------------------------------------------------------------------
// 1. Card first render

export async function cardFirstRender(): Promise<void> {
  console.log(`\n## Card first render (latency ${LATENCY} ms per HubSpot call, median of ${RUNS} runs)\n`);
  // A contact in 10 workflows: generated portal, first generated contact.
  const data = generatePortal({ sequences: 10, flows: 200, contacts: 3, workflowsPerContact: 10, seed: 3 });
  // A contact in 10 workflows that all have a v4 flow (HubSpot carries migrationStatus only for a migrated
  // workflow; the generator leaves every 13th unmapped): its unmapped membership moves to a mapped workflow.
  const in10 = '5000000';
  const mapped = data.legacyWorkflows.filter((w) => w.flowId).map((w) => w.workflowId);
  const mine = data.workflowMemberships.filter((m) => m.contactId === in10);
  for (const m of mine) if (!data.legacyWorkflows.find((w) => w.workflowId === m.workflowId)?.flowId) m.workflowId = mapped.find((id) => !mine.some((x) => x.workflowId === id))!;
  const portal = await portalWith(data);
  // The same portal whose v2 membership answer carries no migrationStatus (unverified either way): ids mapped.
  const noMigration = await portalWith(data, LATENCY, { v2MigrationStatus: false });
  const previewWorkflow = portal.state.workflowIdsOf(in10)[0];
  const previewParams = { flowId: String(portal.state.legacyById.get(previewWorkflow)!.flowId), contactId: in10 };
  // A contact in a sequence with email steps (template names: cached per warm container after the warm-up run).
  const withEmails = C.inNoWorkflows;
  portal.state.enrollInSequence(
    portal.state.contactsById.get(withEmails)!,
    portal.state.sequencesById.get(FIXTURES.sequences.outboundProspecting)!,
    portal.state.usersById.get(U.rep.userId)!,
    U.rep.email,
  );
  // The Sequences card sends the contact's properties with the call (propertiesToSend), as in HubSpot,
  // with HubSpot's own sequence properties (hs_sequences_is_enrolled, hs_latest_sequence_enrolled…).
  // Enroll: the contact's enrollment is ended before each run, so every run enrolls it again.
  const enrollParams = { contactId: C.inWorkflows, sequenceId: FIXTURES.sequences.outboundProspecting, userId: U.rep.userId, senderEmail: U.rep.email, userEmails: U.rep.email };
  const endEnrollment = () => {
    for (const e of portal.state.data.sequenceEnrollments) if (e.contactId === enrollParams.contactId) e.active = false;
  };
  const runStatus = async (uid: string, params: Record<string, string>) =>
    (await runOurs(portal, uid as FunctionUid, params, propertiesToSendOf(portal, enrollParams.contactId, SEQUENCE_CARD_PROPERTIES))).result.ok;
  const scenarios: {
    card: string;
    uid: FunctionUid;
    label: string;
    params: Record<string, string>;
    send?: string[];
    /** Before every run (ours and naive): state the run changes. */
    prepare?: () => void;
    /** The portal the scenario runs on (default: the first). */
    on?: Portal;
    maxRoundTrips: number;
    naive: () => Promise<{ ok: boolean }>;
  }[] = [
    {
      card: 'Sequences',
      uid: 'contact-sequence-status' as FunctionUid,
      label: 'enrolled contact',
      params: { contactId: C.enrolled, userId: U.rep.userId },
      send: SEQUENCE_CARD_PROPERTIES,
      maxRoundTrips: 1,
      naive: () => naiveSequenceStatus(portal, C.enrolled, U.rep.userId),
    },
    {
      card: 'Sequences',
      uid: 'contact-sequence-status' as FunctionUid,
      label: 'enrolled, 3 email steps (names cached)',
      params: { contactId: withEmails, userId: U.rep.userId },
      send: SEQUENCE_CARD_PROPERTIES,
      maxRoundTrips: 1,
      naive: () => naiveSequenceStatus(portal, withEmails, U.rep.userId),
    },
    {
      card: 'Sequences',
      uid: 'contact-sequence-status' as FunctionUid,
      label: 'not-enrolled contact',
      params: { contactId: C.notEnrolled, userId: U.rep.userId },
      send: SEQUENCE_CARD_PROPERTIES,
      maxRoundTrips: 1,
      naive: () => naiveSequenceStatus(portal, C.notEnrolled, U.rep.userId),
    },
    {
      // Ours: the enroll answer carries the status the card shows. Naive: the card before issue 19, which
      // enrolled, then called contact-sequence-status to show what the enrollment produced.
      card: 'Sequences',
      uid: 'enroll-in-sequence' as FunctionUid,
      label: 'enroll, then the enrolled state on screen',
      params: enrollParams,
      send: SEQUENCE_CARD_PROPERTIES,
      prepare: endEnrollment,
      maxRoundTrips: 2,
      naive: async () => {
        endEnrollment();
        const enrolled = await runStatus('enroll-in-sequence', enrollParams);
        return { ok: enrolled && (await runStatus('contact-sequence-status', { contactId: enrollParams.contactId, userId: U.rep.userId })) };
      },
    },
    {
      card: 'Workflows',
      uid: 'contact-workflows' as FunctionUid,
      label: `contact in ${portal.state.workflowIdsOf(in10).length} workflows, v2 answer with migrationStatus.flowId`,
      params: { contactId: in10 },
      maxRoundTrips: 1,
      naive: () => naiveContactWorkflows(portal, in10),
    },
    {
      card: 'Workflows',
      uid: 'contact-workflows' as FunctionUid,
      label: `contact in ${portal.state.workflowIdsOf(in10).length} workflows, v2 answer without migrationStatus (ids mapped)`,
      params: { contactId: in10 },
      on: noMigration,
      maxRoundTrips: 2,
      naive: () => naiveContactWorkflows(noMigration, in10),
    },
    {
      // The picker's rows carry the flow id from migrationStatus.flowId, so the preview opens by flowId. Before
      // issue 17 the rows had legacy ids only and the preview mapped the id first (measured here: by legacy id).
      card: 'Workflows',
      uid: 'get-workflow' as FunctionUid,
      label: 'picker preview of a workflow, by the flow id its list item carries',
      params: previewParams,
      send: WORKFLOW_DETAILS_PROPERTIES_TO_SEND,
      maxRoundTrips: 2,
      naive: async () => ({
        ok: (
          await runOurs(
            portal,
            'get-workflow',
            { legacyWorkflowId: String(previewWorkflow), contactId: in10 },
            propertiesToSendOf(portal, in10, WORKFLOW_DETAILS_PROPERTIES_TO_SEND),
          )
        ).result.ok,
      }),
    },
  ];
  const rows: (string | number)[][] = [];
  const out: unknown[] = [];
  try {
    for (const s of scenarios) {
      // Interleaved: ours and naive alternate, so noise from other processes hits both alike.
      const oursOnce = async () => {
        s.prepare?.();
        const p = s.on ?? portal;
        return { ok: (await runOurs(p, s.uid, s.params, s.send && propertiesToSendOf(p, s.params.contactId, s.send))).result.ok };
      };
      await oursOnce();
      await s.naive();
      const o: Measured[] = [],
        n: Measured[] = [];
      for (let i = 0; i < RUNS; i++) {
        o.push(await measure(s.on ?? portal, 1, oursOnce, false));
        n.push(await measure(s.on ?? portal, 1, s.naive, false));
      }
      const merge = (ms: Measured[]): Measured => ({
        calls: median(ms.map((m) => m.calls)),
        roundTrips: median(ms.map((m) => m.roundTrips)),
        ms: median(ms.map((m) => m.ms)),
        okRuns: ms.reduce((a, m) => a + m.okRuns, 0),
        runs: ms.length,
      });
      const ours = merge(o),
        naive = merge(n);
      const ideal = LATENCY * ours.roundTrips;
      const vsIdeal = ours.ms / ideal;
      const ratio = naive.ms / ours.ms;
      rows.push([
        `${s.card}: ${s.uid}`,
        s.label,
        ours.calls,
        ours.roundTrips,
        fmtMs(ours.ms),
        `${vsIdeal.toFixed(2)}×`,
        naive.calls,
        naive.roundTrips,
        fmtMs(naive.ms),
        `${ratio.toFixed(1)}×`,
      ]);
      out.push({ card: s.card, uid: s.uid, scenario: s.label, ours: { ...ours, vsLatencyTimesRoundTrips: vsIdeal }, naive, naiveOverOurs: ratio, okRuns: ours.okRuns });
      // Issue 19: the Sequences card in 1 round trip when the properties are sent; the Workflows card in 1 when the v2 answer carries migrationStatus.flowId, 2 when not.
      const { maxRoundTrips } = s;
      goal(
        `${s.card} card first render (${s.label}) ≤ ${maxRoundTrips} sequential round trip(s)`,
        `${ours.roundTrips} round trips, ${ours.calls} calls`,
        ours.roundTrips <= maxRoundTrips,
      );
      goal(`${s.card} card first render (${s.label}) ≤ 1.2 × latency × round trips`, `${fmtMs(ours.ms)} = ${vsIdeal.toFixed(2)} × ${fmtMs(ideal)}`, vsIdeal <= 1.2);
      if (s.uid === 'contact-workflows') goal(`naive/ours ≥ 2 for the workflows card (${s.label})`, `${ratio.toFixed(1)}× (${fmtMs(naive.ms)} vs ${fmtMs(ours.ms)})`, ratio >= 2);
      if (ours.okRuns < ours.runs) console.log(`  note: ${s.uid} answered ok in only ${ours.okRuns}/${ours.runs} runs`);
    }
  } finally {
    await portal.close();
    await noMigration.close();
  }
  console.log(
    table(['card: function', 'scenario', 'calls', 'round trips', 'ours (median)', 'ours / (latency×RT)', 'naive calls', 'naive RT', 'naive (median)', 'naive / ours'], rows),
  );
  json.cardFirstRender = out;
}
