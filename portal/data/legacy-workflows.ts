/** The portal's legacy (v2) workflows; flowId links each to its v4 flow (absent: no mapping). */
import type { LegacyWorkflow } from '../types';
import { FIXTURES } from './ids';

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
  ];
}
