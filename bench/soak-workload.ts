/**
 * The soak's workload: the emulated portal's data and the planned groups of enrollment attempts
 * (one attempt, or two concurrent identical ones: a double submit), with the answers each may end in.
 */
import { FIXTURES } from '../portal/fixtures';
import { generatePortal } from '../portal/generate';
import type { PortalData } from '../portal/types';
import type { ErrorCode } from '../server/contract';

export type Kind = 'sequence' | 'workflow';

export interface Group {
  kind: Kind;
  contactId: string;
  /** sequenceId, or the legacy workflowId (what the portal's enrollment events carry). */
  targetId: string;
  params: Record<string, string>;
  /** Refusal codes this group may end in (besides transient errors); enrolled is allowed only when `eligible`. */
  eligible: boolean;
  refusals: ErrorCode[];
  double: boolean;
  label: string;
}

/** The number of generated flows (portal/generate.ts), which flowTargets mirrors. */
const FLOWS = 300;

/**
 * Portal data: generated sequences, workflows and fresh contacts (in no workflow, in no sequence),
 * plus the fixtures (opted-out, bounced, no-email contacts) for refusals.
 */
export function soakPortalData(contacts: number, seed: number): PortalData {
  return generatePortal({ sequences: 50, flows: FLOWS, contacts, workflowsPerContact: 0, seed });
}

/** Generated flows (portal/generate.ts): id 700000000+i, legacy 20000000+i; i%10==9 deal-based, i%7==0 off, i%13==12 unmapped. */
function flowTargets(flows: number) {
  const enrollable: { flowId: string; workflowId: string }[] = [];
  const off: { flowId: string; workflowId: string }[] = [];
  const unmapped: { flowId: string; workflowId: string }[] = [];
  const deal: { flowId: string; workflowId: string }[] = [];
  for (let i = 0; i < flows; i++) {
    const t = { flowId: String(700_000_000 + i), workflowId: String(20_000_000 + i) };
    // In the order enroll-in-workflow checks: object type, then enabled, then the legacy mapping.
    if (i % 10 === 9) deal.push(t);
    else if (i % 7 === 0) off.push(t);
    else if (i % 13 === 12) unmapped.push(t);
    else enrollable.push(t);
  }
  return { enrollable, off, deal, unmapped };
}

/** Parameters of enroll-in-workflow (server/functions/enroll-in-workflow.ts). */
function workflowParams(flowId: string, contactId: string): Record<string, string> {
  return { flowId, contactId };
}

export interface WorkloadPlan {
  attempts: number;
  kinds: Kind[];
  rand: () => number;
  /** Share of groups fired twice concurrently (the same enrollment). */
  doubleRate: number;
  /** Share of groups aimed at a contact/workflow that must be refused. */
  refusalRate: number;
}

/** Groups of one attempt, or two concurrent identical ones (double submit), adding up to `attempts`. */
export function planGroups(data: PortalData, { attempts, kinds, rand, doubleRate, refusalRate }: WorkloadPlan): Group[] {
  const rep = FIXTURES.users.rep;
  const sequenceIds = data.sequences.map((s) => s.id).filter((id) => id.startsWith('3'));
  const flows = flowTargets(FLOWS);
  const fresh = data.contacts.filter((c) => c.id.startsWith('5')).map((c) => ({ id: c.id, email: c.properties.email as string }));
  const C = FIXTURES.contacts;
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)];
  const groups: Group[] = [];
  let planned = 0;
  let nextFresh = 0;
  while (planned < attempts) {
    const kind = kinds[Math.floor(rand() * kinds.length)];
    const double = planned + 2 <= attempts && rand() < doubleRate;
    const refusal = rand() < refusalRate;
    let g: Group;
    if (kind === 'sequence') {
      const sequenceId = pick(sequenceIds);
      const base = { sequenceId, userId: rep.userId, senderEmail: rep.email, userEmails: `${rep.email},${rep.alias}` };
      if (refusal) {
        const [contactId, code] = pick([
          [C.optedOut, 'OPTED_OUT'],
          [C.bounced, 'BOUNCED'],
          [C.noEmail, 'NO_EMAIL'],
        ] as const);
        g = { kind, contactId, targetId: sequenceId, params: { ...base, contactId }, eligible: false, refusals: [code], double, label: `sequence refusal ${code}` };
      } else {
        const c = fresh[nextFresh++];
        // The other half of a double submit meets "one active sequence per contact": ALREADY_ENROLLED.
        g = {
          kind,
          contactId: c.id,
          targetId: sequenceId,
          params: { ...base, contactId: c.id },
          eligible: true,
          refusals: double ? ['ALREADY_ENROLLED'] : [],
          double,
          label: 'sequence',
        };
      }
    } else {
      if (refusal) {
        const [list, code] = pick([
          [flows.off, 'WORKFLOW_OFF'],
          [flows.deal, 'NOT_CONTACT_BASED'],
          [flows.unmapped, 'NOT_FOUND'],
        ] as const);
        const t = pick(list);
        const c = fresh[nextFresh++];
        g = { kind, contactId: c.id, targetId: t.workflowId, params: workflowParams(t.flowId, c.id), eligible: false, refusals: [code], double, label: `workflow refusal ${code}` };
      } else {
        const t = pick(flows.enrollable);
        const c = fresh[nextFresh++];
        g = {
          kind,
          contactId: c.id,
          targetId: t.workflowId,
          params: workflowParams(t.flowId, c.id),
          eligible: true,
          refusals: double ? ['ALREADY_ENROLLED'] : [],
          double,
          label: 'workflow',
        };
      }
    }
    groups.push(g);
    planned += double ? 2 : 1;
  }
  return groups;
}

/** Memberships/enrollments that existed before the soak (none for fresh contacts; fixtures may have some). */
export function enrollmentsBefore(data: PortalData): Set<string> {
  const before = new Set<string>();
  for (const m of data.workflowMemberships) before.add(`workflow|${m.contactId}|${m.workflowId}`);
  for (const e of data.sequenceEnrollments) if (e.active) before.add(`sequence|${e.contactId}|${e.sequenceId}`);
  return before;
}

/** What was planned: groups per kind, of which double submits of an enrollable target, and refusal groups. */
export function describeWorkload(groups: Group[]): Record<Kind, { groups: number; doubleSubmits: number; refusalGroups: number }> {
  const of = (kind: Kind) => {
    const mine = groups.filter((g) => g.kind === kind);
    return { groups: mine.length, doubleSubmits: mine.filter((g) => g.double && g.eligible).length, refusalGroups: mine.filter((g) => !g.eligible).length };
  };
  return { sequence: of('sequence'), workflow: of('workflow') };
}
