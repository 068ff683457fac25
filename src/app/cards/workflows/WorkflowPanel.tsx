import { useState } from 'react';
import { LoadingSpinner, Panel, PanelBody, PanelSection } from '@hubspot/ui-extensions';
import { FunctionErrorView } from '../shared/FunctionErrorView';
import type { RunFunction } from '../shared/useFunction';
import { DecodedWorkflowView } from './DecodedWorkflowView';
import { NameNotices } from './NameNotices';
import { useDecodedWorkflow } from './hooks';

export const workflowPanelId = (flowId: string) => `workflow-panel-${flowId}`;

/** One workflow's decoded steps and trigger. Fetched when the panel opens (HubSpot renders overlays up front). */
/** `userId`: the acting user, so the sequences the workflow names are read as them. */
export function WorkflowPanel({ run, flowId, name, userId }: { run: RunFunction; flowId: string; name: string; userId?: string }) {
  const [open, setOpen] = useState(false);
  const decoded = useDecodedWorkflow(run, open ? flowId : null, userId);
  return (
    <Panel id={workflowPanelId(flowId)} title={name} width="md" onOpen={() => setOpen(true)} onClose={() => setOpen(false)} testId={`workflow-panel-${flowId}`}>
      <PanelBody>
        <PanelSection>
          {decoded.pending ? (
            <LoadingSpinner label="Loading the workflow" testId="workflow-loading" />
          ) : decoded.error ? (
            <FunctionErrorView title="Couldn't load this workflow" error={decoded.error} onRetry={decoded.reload} />
          ) : decoded.data ? (
            <>
              <NameNotices notices={decoded.data.nameNotices} />
              <DecodedWorkflowView workflow={decoded.data} />
            </>
          ) : null}
        </PanelSection>
      </PanelBody>
    </Panel>
  );
}
