/** The portal's legacy (v2) workflows; flowId links each to its v4 flow (absent: no mapping). */
import type { LegacyWorkflow } from '../types';
import { chainedFlows } from './chained-flows';
import { FIXTURES } from './ids';
import { recordedFlows } from './recorded-flows';

const F = FIXTURES.flows;
const W = FIXTURES.legacyWorkflows;

export function legacyWorkflows(): LegacyWorkflow[] {
  const t = Date.parse('2024-03-01T12:00:00.000Z');
  return [
    { workflowId: W.welcome, flowId: F.welcome, name: 'Welcome series', type: 'DRIP_DELAY', enabled: true, insertedAt: t, updatedAt: t },
    { workflowId: W.leadScoring, flowId: F.leadScoring, name: 'Lead scoring – static branch on lifecycle stage', type: 'DRIP_DELAY', enabled: true, insertedAt: t, updatedAt: t },
    { workflowId: W.enrollInSequence, flowId: F.enrollInSequence, name: 'Enroll MQLs in outbound sequence', type: 'DRIP_DELAY', enabled: true, insertedAt: t, updatedAt: t },
    { workflowId: W.classicRotation, name: 'Classic lead rotation (no v4 mapping)', type: 'PROPERTY_ANCHOR', enabled: true, insertedAt: t, updatedAt: t },
    { workflowId: W.disabled, flowId: F.disabled, name: 'Old nurture (disabled)', type: 'DRIP_DELAY', enabled: false, insertedAt: t, updatedAt: t },
    { workflowId: W.stopSequences, flowId: F.stopSequences, name: 'Customer handoff (stops sequences)', type: 'DRIP_DELAY', enabled: true, insertedAt: t, updatedAt: t },
    { workflowId: W.seedFormSubmission, flowId: F.seedFormSubmission, name: 'New form submission workflow', type: 'DRIP_DELAY', enabled: true, insertedAt: t, updatedAt: t },
    { workflowId: W.sensitiveHealth, flowId: F.sensitiveHealth, name: 'Health plan eligibility follow-up', type: 'DRIP_DELAY', enabled: true, insertedAt: t, updatedAt: t },
    ...recordedLegacyWorkflows(),
  ];
}

/**
 * One legacy workflow per contact-based recorded flow (and per hand-written 0-15 target), as the recorded
 * v3 list item shows them (../shared/realdata/workflows-legacy/airbyte-v3-workflows-list-item-40032127.json):
 * the same name as the v4 flow, numeric ids, epoch-ms times, and `migrationStatus.flowId` naming the v4 flow
 * (the v3 route renders it). Legacy ids and times are the portal's: the flow recordings carry neither.
 */
function recordedLegacyWorkflows(): LegacyWorkflow[] {
  const R = FIXTURES.recordedFlows;
  const pairs: [number, string][] = [
    [W.recordedActivadorCursos, R.activadorCursos],
    [W.recordedNivelEstudios, R.definicionNivelEstudios],
    [W.recordedActivadorMarketing, R.activadorClusterMarketing],
    [W.recordedAsignacionLeads, R.asignacionLeads],
    [W.recordedActivadorEmprendimiento, R.activadorClusterEmprendimiento],
    [W.recordedActivadorDiplomados, R.activadorDiplomados],
    [W.udepEquipoEcuador, F.udepEquipoEcuador],
    [W.udepSeguimientoDiplomados, F.udepSeguimientoDiplomados],
  ];
  const names = new Map([...recordedFlows(), ...chainedFlows('2025-09-10T08:00:00.000Z')].map((f) => [f.id, f.name ?? '']));
  const t = Date.parse('2023-05-10T14:00:00.000Z');
  return pairs.map(([workflowId, flowId], i) => ({
    workflowId,
    flowId,
    name: names.get(flowId) ?? '',
    type: 'DRIP_DELAY',
    enabled: true,
    insertedAt: t + i * 60_000,
    updatedAt: t + i * 3_600_000,
  }));
}
