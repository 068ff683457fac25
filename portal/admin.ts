/** Loopback-only /__admin routes: faults, reset, call log, state summary (what tests and the workbench drive). */
import type http from 'node:http';
import { err, validation, type Res } from './responses';
import type { PortalState } from './state';
import type { CallRecord, FaultConfig } from './types';

export interface AdminTarget {
  state: PortalState;
  calls: CallRecord[];
  faults(): FaultConfig;
  setFaults(f: Partial<FaultConfig>): void;
  reset(): void;
  clearCalls(): void;
  withheldScopes(): string[];
  setWithheldScopes(scopes: string[]): void;
}

function isLoopback(addr: string | undefined): boolean {
  return addr === '127.0.0.1' || addr === '::1' || addr === '::ffff:127.0.0.1';
}

export function handleAdmin(portal: AdminTarget, req: http.IncomingMessage, path: string, rawBody: string): Res {
  if (!isLoopback(req.socket.remoteAddress)) return err(403, 'FORBIDDEN', 'admin endpoints are loopback only');
  const m = req.method;
  if (path === '/__admin/faults' && m === 'GET') return { status: 200, body: portal.faults() };
  if (path === '/__admin/faults' && m === 'POST') {
    try {
      portal.setFaults(rawBody.trim() ? JSON.parse(rawBody) : {});
    } catch (e) {
      return validation(`bad fault config: ${(e as Error).message}`);
    }
    return { status: 200, body: portal.faults() };
  }
  // Scopes withheld from every token: { "withheld": ["sales-templates-public-read"] }.
  if (path === '/__admin/scopes' && m === 'GET') return { status: 200, body: { withheld: portal.withheldScopes() } };
  if (path === '/__admin/scopes' && m === 'POST') {
    const parsed = (() => {
      try {
        return JSON.parse(rawBody || '{}') as { withheld?: unknown };
      } catch {
        return null;
      }
    })();
    if (!parsed || !Array.isArray(parsed.withheld) || !parsed.withheld.every((x) => typeof x === 'string')) return validation('body must be { "withheld": string[] }');
    portal.setWithheldScopes(parsed.withheld as string[]);
    return { status: 200, body: { withheld: portal.withheldScopes() } };
  }
  if (path === '/__admin/reset' && m === 'POST') {
    portal.reset();
    return { status: 200, body: { ok: true } };
  }
  if (path === '/__admin/calls' && m === 'GET') return { status: 200, body: portal.calls };
  if (path === '/__admin/calls' && m === 'DELETE') {
    portal.clearCalls();
    return { status: 204 };
  }
  if (path === '/__admin/state' && m === 'GET') return { status: 200, body: stateSummary(portal.state) };
  if (path === '/__admin/enrollment-events' && m === 'GET') return { status: 200, body: portal.state.enrollmentEvents };
  return err(404, 'OBJECT_NOT_FOUND', `No admin route ${m} ${path}`);
}

/** GET /__admin/state: what the local workbench's pickers need. */
export function stateSummary(state: PortalState) {
  const d = state.data;
  return {
    portalId: d.portalId,
    users: d.users,
    contacts: d.contacts.slice(0, 1000).map((c) => ({
      id: c.id,
      email: c.properties.email,
      firstname: c.properties.firstname,
      lastname: c.properties.lastname,
      enrolledInSequence: state.activeEnrollment(c.id)?.sequenceId ?? null,
      workflowIds: state.workflowIdsOf(c.id),
    })),
    contactCount: d.contacts.length,
    sequences: state.sequenceList.slice(0, 1000).map((s) => ({ id: s.id, name: s.name, userId: s.userId })),
    sequenceCount: d.sequences.length,
    flows: d.flows.slice(0, 1000).map((f) => ({ id: f.id, name: f.name, objectTypeId: f.objectTypeId, isEnabled: f.isEnabled })),
    flowCount: d.flows.length,
    legacyWorkflows: d.legacyWorkflows,
    enrollments: d.sequenceEnrollments.filter((e) => e.active),
    workflowMemberships: d.workflowMemberships.length,
    enrollmentEvents: state.enrollmentEvents.length,
  };
}
