import { useState } from 'react';
import { LoadingSpinner, Panel, PanelBody, PanelSection } from '@hubspot/ui-extensions';
import { FunctionErrorView } from '../shared/FunctionErrorView';
import type { RunFunction } from '../shared/useFunction';
import { DecodedWorkflowView } from './DecodedWorkflowView';
import { useDecodedWorkflow } from './hooks';

export const workflowPanelId = (flowId: string) => `workflow-panel-${flowId}`;

/** One workflow's decoded steps and trigger. Fetched when the panel opens (HubSpot renders overlays up front). */
export function WorkflowPanel({ run, flowId, name }: { run: RunFunction; flowId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const decoded = useDecodedWorkflow(run, open ? flowId : null);
  return (
    <Panel id={workflowPanelId(flowId)} title={name} width="md" onOpen={() => setOpen(true)} onClose={() => setOpen(false)} testId={`workflow-panel-${flowId}`}>
      <PanelBody>
        <PanelSection>
          {decoded.pending ? (
            <LoadingSpinner label="Loading the workflow" testId="workflow-loading" />
          ) : decoded.error ? (
            <FunctionErrorView title="Couldn't load this workflow" error={decoded.error} onRetry={decoded.reload} />
          ) : decoded.data ? (
            <DecodedWorkflowView workflow={decoded.data} />
          ) : null}
        </PanelSection>
      </PanelBody>
    </Panel>
  );
}
