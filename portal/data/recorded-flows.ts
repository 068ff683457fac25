/**
 * v4 flows recorded from live portals, served AS THEY ARE (sorted keys, missing keys, GOTO on single
 * actions, string deltas…). The JSON files in ./recorded/flows-v4/ are byte-for-byte copies of
 * ../shared/realdata/flows-v4/ (portal/recorded-data.test.ts checks it when ../shared is there): the
 * portal must start without ../shared (a fresh clone, the bench, the workbench), and a copy keeps the
 * seed stable while ../shared may grow. Where each recording comes from: ../shared/realdata/README.md,
 * repeated per file below. Of a flow recorded in several revisions, the latest one is served (one flow
 * per id); the other revisions stay in ../shared for the decoder's tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PortalFlow } from '../types';

const AUSGTM = 'AusGTM/lightning-visuals-n8n config/hubspot_flows/ (4fb2eaa9445c): keys sorted, createdAt/updatedAt/dataSources removed by the fetch script';
const UDEP = 'moises-cloud-gif/auditoria-formularios-udep-online output/evidencia/flows/ (raw GET bodies, portal 6925781)';

/** file → where it was recorded. Company flows (0-2) from AusGTM, contact flows (0-1) from UDEP. */
export const RECORDED_FLOW_FILES: Record<string, string> = {
  'ausgtm-4625147345-set-icp-tier-after.json': AUSGTM,
  'ausgtm-4626124224-org-type-score-rev26.json': AUSGTM,
  'ausgtm-4626722237-annual-revenue-score-after.json': AUSGTM,
  'ausgtm-4626722240-geography-score-after.json': AUSGTM,
  'ausgtm-4634822079-produces-content-score.json': AUSGTM,
  'ausgtm-4634822085-gambling-score-rev4.json': AUSGTM,
  'udep-1631969831-activador-cursos-piura.json': UDEP,
  'udep-1631981736-definicion-nivel-estudios.json': UDEP,
  'udep-1631988744-activador-cluster-marketing.json': UDEP,
  'udep-1631990199-asignacion-leads-piura.json': UDEP,
  'udep-1645743473-activador-cluster-emprendimiento.json': UDEP,
  'udep-1854523916-activador-diplomados-piura.json': UDEP,
};

export const RECORDED_FLOWS_DIR = path.join(__dirname, 'recorded', 'flows-v4');

let parsed: PortalFlow[] | undefined;

/** The recorded flows, parsed once per process; callers get a fresh copy (the portal's state mutates nothing in them, but tests may). */
export function recordedFlows(): PortalFlow[] {
  // A recording is HubSpot's own answer: portal/contract.test.ts validates each one against ApiFlow like every other answer.
  parsed ??= Object.keys(RECORDED_FLOW_FILES).map((f) => JSON.parse(fs.readFileSync(path.join(RECORDED_FLOWS_DIR, f), 'utf8')) as PortalFlow);
  return structuredClone(parsed);
}
