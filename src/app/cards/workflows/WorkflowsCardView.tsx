import { useState } from 'react';
import { Button, EmptyState, Flex, LoadingSpinner, StatusTag, Text } from '@hubspot/ui-extensions';
import { FunctionErrorView } from '../shared/FunctionErrorView';
import type { RunFunction } from '../shared/useFunction';
import type { ContactWorkflowItem, EnrollInWorkflowResult } from '../../../../server/workflows/types';
import { ActionTypeReferencePanel } from './ActionTypeReferencePanel';
import { ENROLL_WORKFLOW_PANEL_ID, EnrollWorkflowPanel } from './EnrollWorkflowPanel';
import { useContactWorkflows } from './hooks';
import { WorkflowPanel } from './WorkflowPanel';

/** What the card reads from HubSpot's context (a subset, so tests and the workbench can pass their own). */
export interface WorkflowsCardContext {
  crm: { objectId: number | string };
  /** The acting user (HubSpot always sends it; optional so older harnesses still fit). */
  user?: { id: number | string };
}

export interface WorkflowsCardActions {
  addAlert: (alert: { type?: 'info' | 'warning' | 'success' | 'danger' | 'tip'; title?: string; message: string }) => void;
  refreshObjectProperties: () => void;
  closeOverlay: (id: string) => void;
}

export interface WorkflowsCardViewProps {
  context: WorkflowsCardContext;
  actions: WorkflowsCardActions;
  runFunction: RunFunction;
  searchDebounceMs?: number;
}

export function WorkflowsCardView({ context, actions, runFunction, searchDebounceMs = 300 }: WorkflowsCardViewProps) {
  const contactId = String(context.crm.objectId);
  const list = useContactWorkflows(runFunction, contactId);
  // Workflows this card just enrolled the contact in: listed from the answer until the re-read lists them.
  const [justEnrolled, setJustEnrolled] = useState<ContactWorkflowItem[]>([]);
  // A reload over what is on screen: say so, and offer no action until it is back.
  const refreshing = list.pending && (list.data !== null || justEnrolled.length > 0);

  const onEnrolled = (result: EnrollInWorkflowResult) => {
    setJustEnrolled((l) => [
      ...l.filter((w) => w.legacyWorkflowId !== result.legacyWorkflowId),
      { flowId: result.flowId, legacyWorkflowId: result.legacyWorkflowId, name: result.workflowName, isEnabled: true, objectTypeId: '0-1', objectLabel: 'Contact', legacyType: null },
    ]);
    actions.addAlert({ type: 'success', title: 'Enrolled in workflow', message: `The contact was enrolled in ${result.workflowName}.` });
    list.reload();
    actions.refreshObjectProperties();
    actions.closeOverlay(ENROLL_WORKFLOW_PANEL_ID);
  };
  const onOutcomeUnknown = (message: string) => {
    actions.addAlert({ type: 'warning', title: 'Enrollment not confirmed', message: `${message} The card has checked again: look at it before you retry.` });
    list.reload();
    actions.refreshObjectProperties();
    actions.closeOverlay(ENROLL_WORKFLOW_PANEL_ID);
  };

  const listed = list.data?.workflows ?? [];
  const workflows = [...listed, ...justEnrolled.filter((j) => !listed.some((w) => w.legacyWorkflowId === j.legacyWorkflowId))];

  let body;
  if (list.pending && !list.data && !justEnrolled.length) body = <LoadingSpinner label="Loading workflows" layout="centered" testId="workflows-loading" />;
  else if (list.error && !justEnrolled.length) body = <FunctionErrorView title="Couldn't load workflows" error={list.error} onRetry={list.reload} />;
  else if (list.data && workflows.length === 0) {
    body = (
      <EmptyState title="No workflows" layout="vertical" imageWidth={80} testId="workflows-empty">
        <Text>This contact is not in any workflow.</Text>
      </EmptyState>
    );
  } else if (workflows.length) {
    body = (
      <Flex direction="column" gap="sm" testId="workflows-list">
        {workflows.map((w) => (
          <WorkflowRow key={w.legacyWorkflowId} workflow={w} run={runFunction} userId={context.user ? String(context.user.id) : undefined} />
        ))}
      </Flex>
    );
  }

  return (
    <Flex direction="column" gap="md">
      {body}
      {refreshing ? <LoadingSpinner size="xs" label="Refreshing…" showLabel testId="workflows-refreshing" /> : null}
      <Flex direction="row" gap="xs" wrap="wrap">
        <Button variant="primary" size="sm" disabled={refreshing} overlay={<EnrollWorkflowPanel run={runFunction} contactId={contactId} debounceMs={searchDebounceMs} onEnrolled={onEnrolled} onOutcomeUnknown={onOutcomeUnknown} />} testId="open-enroll">
          Enroll in workflow
        </Button>
        <Button variant="secondary" size="sm" overlay={<ActionTypeReferencePanel run={runFunction} />} testId="open-reference">
          Action type reference
        </Button>
      </Flex>
    </Flex>
  );
}

function WorkflowRow({ workflow: w, run, userId }: { workflow: ContactWorkflowItem; run: RunFunction; userId?: string }) {
  const status = w.isEnabled === null ? null : (
    <StatusTag variant={w.isEnabled ? 'success' : 'default'}>{w.isEnabled ? 'On' : 'Off'}</StatusTag>
  );
  return (
    <Flex direction="column" gap="flush" testId={`workflow-${w.legacyWorkflowId}`}>
      <Flex direction="row" gap="xs" align="center" wrap="wrap">
        {w.flowId ? (
          <Button variant="transparent" size="sm" overlay={<WorkflowPanel run={run} flowId={w.flowId} name={w.name} userId={userId} />} testId={`open-workflow-${w.flowId}`}>
            {w.name}
          </Button>
        ) : (
          <Text format={{ fontWeight: 'demibold' }}>{w.name}</Text>
        )}
        {status}
      </Flex>
      <Text variant="microcopy">
        {w.objectLabel ?? 'Contact'} workflow
        {w.flowId ? '' : ` · legacy workflow ${w.legacyWorkflowId}, no v4 details available`}
      </Text>
    </Flex>
  );
}
