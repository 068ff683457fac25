/**
 * The portal serves the recorded flows as recorded: its copies (portal/data/recorded/flows-v4/) are the
 * bytes of ../shared/realdata/flows-v4/, the served answer is the recording (no key added, none removed),
 * and every recorded "Enroll in workflow" (0-15) target is a flow the portal serves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, seedData } from './fixtures';
import { RECORDED_FLOW_FILES, RECORDED_FLOWS_DIR } from './data/recorded-flows';
import { DEFAULT_TOKEN, startPortal, type Portal } from './server';
import { needsShared, SHARED_DIR } from '../test/requirements';

needsShared('realdata', 'the recorded-flow copies check')('recorded flows: the copies are the recordings', () => {
  test.each(Object.keys(RECORDED_FLOW_FILES))('%s is byte for byte the file in ../shared/realdata/flows-v4', (file) => {
    expect(fs.readFileSync(path.join(RECORDED_FLOWS_DIR, file))).toEqual(fs.readFileSync(path.join(SHARED_DIR, 'realdata', 'flows-v4', file)));
  });
});

describe('recorded flows on the portal', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({ port: 0 });
  });
  afterAll(() => portal.close());
  const get = async (p: string) => {
    const r = await fetch(portal.url + p, { headers: { authorization: `Bearer ${DEFAULT_TOKEN}` } });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };

  test.each(Object.keys(RECORDED_FLOW_FILES))('GET /automation/v4/flows/{id} of %s answers the recording exactly', async (file) => {
    const recording = JSON.parse(fs.readFileSync(path.join(RECORDED_FLOWS_DIR, file), 'utf8')) as { id: string };
    const res = await get(`/automation/v4/flows/${recording.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(recording);
    expect(Object.keys(res.body)).toEqual(Object.keys(recording));
  });

  test('every recorded and hand-written 0-15 step targets a flow the portal serves', () => {
    const data = seedData();
    const ids = new Set(data.flows.map((f) => f.id));
    const targets = data.flows.flatMap((f) =>
      (f.actions ?? []).filter((a) => 'actionTypeId' in a && a.actionTypeId === '0-15').map((a) => String((a as unknown as { fields: { flow_id: string } }).fields.flow_id)),
    );
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((t) => !ids.has(t))).toEqual([]);
  });

  test('the v3 list carries migrationStatus.flowId (as the recorded item) for every contact-based recorded flow; a workbench contact is in two of them', async () => {
    const res = await get('/automation/v3/workflows');
    const items = res.body.workflows as { id: number; name: string; migrationStatus?: { flowId: number; workflowId: number } }[];
    const R = FIXTURES.recordedFlows;
    for (const flowId of [R.activadorCursos, R.definicionNivelEstudios, R.activadorClusterMarketing, R.asignacionLeads, R.activadorClusterEmprendimiento, R.activadorDiplomados]) {
      const item = items.find((w) => w.migrationStatus?.flowId === Number(flowId));
      expect(item).toBeDefined();
      expect(item!.migrationStatus!.workflowId).toBe(item!.id);
    }
    const v2 = await get(`/automation/v2/workflows/enrollments/contacts/${FIXTURES.contacts.inRecordedWorkflows}`);
    const mine = v2.body as unknown as { migrationStatus?: { flowId: number } }[];
    expect(mine.map((m) => String(m.migrationStatus?.flowId)).sort()).toEqual([R.definicionNivelEstudios, R.asignacionLeads].sort());
  });

  test('v2MigrationStatus: false drops migrationStatus from the v2 answer only', async () => {
    const p2 = await startPortal({ port: 0, v2MigrationStatus: false });
    try {
      const r = await fetch(`${p2.url}/automation/v2/workflows/enrollments/contacts/${FIXTURES.contacts.inRecordedWorkflows}`, {
        headers: { authorization: `Bearer ${DEFAULT_TOKEN}` },
      });
      const body = (await r.json()) as Record<string, unknown>[];
      expect(body.length).toBe(2);
      expect(body.every((m) => !('migrationStatus' in m))).toBe(true);
    } finally {
      await p2.close();
    }
  });

  test('a sensitive-data flow: v4 read 403 MISSING_SCOPES naming crm.objects.contacts.sensitive.read; served once the scope is granted', async () => {
    const res = await get(`/automation/v4/flows/${FIXTURES.flows.sensitiveHealth}`);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ category: 'MISSING_SCOPES', errors: [{ context: { requiredGranularScopes: ['crm.objects.contacts.sensitive.read'] } }] });
    const granted = await startPortal({ port: 0, grantedSensitiveScopes: ['crm.objects.contacts.sensitive.read'] });
    try {
      const r = await fetch(`${granted.url}/automation/v4/flows/${FIXTURES.flows.sensitiveHealth}`, { headers: { authorization: `Bearer ${DEFAULT_TOKEN}` } });
      expect(r.status).toBe(200);
    } finally {
      await granted.close();
    }
  });
});
