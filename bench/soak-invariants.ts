/**
 * What the soak holds the functions to: every answer is a contract code the group may end in, within the
 * function budget; nothing enrolled twice, nothing enrolled while reported failed, nothing reported
 * enrolled that HubSpot does not have; at most one active sequence per contact.
 */
import type { Portal } from '../portal/server';
import type { ErrorCode } from '../server/contract';
import type { Group, Kind } from './soak-workload';

/** Slack allowed past the function budget (event-loop lag, mapping the last error). */
export const DEADLINE_SLACK_MS = 500;

/** Every code the contract defines (server/contract.ts ErrorCode; the Record makes the list exhaustive). */
const CODES: Record<ErrorCode, true> = {
  INVALID_INPUT: true,
  NOT_FOUND: true,
  MISSING_SCOPES: true,
  PERMISSION_DENIED: true,
  UNAUTHORIZED: true,
  RATE_LIMITED: true,
  HUBSPOT_UNAVAILABLE: true,
  OUTCOME_UNKNOWN: true,
  UNEXPECTED_RESPONSE: true,
  MISCONFIGURED: true,
  ALREADY_ENROLLED: true,
  NO_EMAIL: true,
  OPTED_OUT: true,
  BOUNCED: true,
  SENDER_NOT_CONNECTED: true,
  NO_SEQUENCES_ACCESS: true,
  ENROLLMENT_REFUSED: true,
  WORKFLOW_OFF: true,
  NOT_CONTACT_BASED: true,
  NOT_ENROLLED: true,
};
export const CONTRACT_CODES = Object.keys(CODES) as ErrorCode[];
/** Answers a transient fault may legitimately end in: "try again" (rate limit, outage) or "re-check" (outcome unknown). */
const TRANSIENT: readonly ErrorCode[] = ['RATE_LIMITED', 'HUBSPOT_UNAVAILABLE', 'OUTCOME_UNKNOWN'];

export interface AttemptRecord {
  group: number;
  kind: Kind;
  contactId: string;
  targetId: string;
  double: boolean;
  eligible: boolean;
  outcome: 'enrolled' | ErrorCode | 'THREW';
  recovered: boolean;
  /** The function said it could not tell whether the write landed ("refresh to check"): not a claim of failure. */
  outcomeUnknown?: boolean;
  ms: number;
  message?: string;
  /** This execution's HubSpot requests as the client saw them (every call goes through the client's fetch transport). */
  trace?: string[];
}

export interface SoakRun {
  groups: Group[];
  records: AttemptRecord[];
  /** `kind|contactId|targetId` of enrollments that existed before the soak. */
  before: Set<string>;
  /** The emulated portal's state after the run. */
  portalState: Portal['state'];
  attempts: number;
  budgetMs: number;
}

/** Every broken invariant, each naming the group (or enrollment) and what happened. */
export function findViolations({ groups, records, before, portalState, attempts, budgetMs }: SoakRun): string[] {
  const violations: string[] = [];
  const key = (kind: string, contactId: string, targetId: string) => `${kind}|${contactId}|${targetId}`;
  const allowedCodes = new Set<string>(CONTRACT_CODES);
  for (const r of records) {
    const g = groups[r.group];
    const where = `group ${r.group} (${g.label}, contact ${g.contactId}, target ${g.targetId}${g.double ? ', double submit' : ''})`;
    if (r.outcome === 'THREW') violations.push(`${where}: the handler threw instead of answering: ${r.message}`);
    else if (r.outcome !== 'enrolled' && !allowedCodes.has(r.outcome)) violations.push(`${where}: code ${r.outcome} is not in the contract`);
    else if (r.outcome === 'enrolled' && !g.eligible) violations.push(`${where}: enrolled, but HubSpot must refuse this (${g.refusals.join('/')})`);
    else if (r.outcome !== 'enrolled' && !TRANSIENT.includes(r.outcome) && !g.refusals.includes(r.outcome)) {
      violations.push(
        `${where}: answered ${r.outcome} ("${r.message}"), expected enrolled${g.refusals.length ? `, ${g.refusals.join('/')}` : ''} or a transient RATE_LIMITED/HUBSPOT_UNAVAILABLE/OUTCOME_UNKNOWN`,
      );
    }
    if (r.ms > budgetMs + DEADLINE_SLACK_MS) violations.push(`${where}: ran ${r.ms.toFixed(0)} ms, past its ${budgetMs} ms budget (+${DEADLINE_SLACK_MS} ms slack)`);
  }

  const events = portalState.enrollmentEvents;
  const eventsByKey = new Map<string, number>();
  for (const e of events) eventsByKey.set(key(e.kind, e.contactId, e.targetId), (eventsByKey.get(key(e.kind, e.contactId, e.targetId)) ?? 0) + 1);
  const targeted = new Map<string, AttemptRecord[]>();
  for (const r of records) {
    const k = key(r.kind, r.contactId, r.targetId);
    targeted.set(k, [...(targeted.get(k) ?? []), r]);
  }
  for (const [k, n] of eventsByKey) {
    const rs = targeted.get(k);
    if (!rs) {
      violations.push(`${k}: the portal has ${n} enrollment(s) no attempt asked for`);
      continue;
    }
    if (n > 1) violations.push(`${k}: enrolled ${n} times (portal enrollment events; at most one allowed)`);
    if (!rs.some((r) => r.outcome === 'enrolled' || r.outcomeUnknown)) {
      violations.push(
        `${k}: the portal has the enrollment but every attempt reported failure (${rs.map((r) => r.outcome).join(', ')}) — hidden. ` +
          rs.map((r, i) => `attempt ${i + 1} [${r.ms.toFixed(0)} ms, "${r.message}"]: ${r.trace?.join(' → ')}`).join(' | '),
      );
    }
  }
  for (const [k, rs] of targeted) {
    if (rs.some((r) => r.outcome === 'enrolled') && !eventsByKey.has(k) && !before.has(k)) {
      violations.push(`${k}: reported enrolled, but the portal has no such enrollment — lost`);
    }
  }
  // One active sequence per contact.
  const active = new Map<string, number>();
  for (const e of portalState.data.sequenceEnrollments) if (e.active) active.set(e.contactId, (active.get(e.contactId) ?? 0) + 1);
  for (const [contactId, n] of active) if (n > 1) violations.push(`contact ${contactId}: ${n} active sequence enrollments`);
  if (records.length !== attempts) violations.push(`ran ${records.length} attempts, planned ${attempts}`);
  return violations;
}
