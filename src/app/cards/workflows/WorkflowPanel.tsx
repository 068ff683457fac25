import { useState } from 'react';
import { Alert, Button, Flex, LoadingButton, LoadingSpinner, Panel, PanelBody, PanelFooter, PanelSection, Text } from '@hubspot/ui-extensions';
import { FunctionErrorView, supportReference } from '../shared/FunctionErrorView';
import { unconfirmedSentence } from '../shared/unconfirmed-writes';
import type { RunFunction } from '../shared/useFunction';
import type { ContactWorkflowItem, UnenrollFromWorkflowResult } from '../../../../server/workflows/types';
import { DecodedWorkflowView, WorkflowStatusLine } from './DecodedWorkflowView';
import { useUnenrollFromWorkflow, useWorkflowDetails } from './hooks';
import { workflowKindLabel } from './labels';
import { NameNotices } from './NameNotices';
import { TriggerCheckSection } from './TriggerCheckSection';
import { WarningsAlert } from './WarningsAlert';

export const workflowPanelId = (legacyWorkflowId: string) => `workflow-panel-${legacyWorkflowId}`;

export interface WorkflowPanelProps {
  run: RunFunction;
  /** A workflow the contact is in (a row of the card's list). */
  workflow: ContactWorkflowItem;
  contactId: string;
  userId?: string;
  contactName: string;
  /** The card is re-reading HubSpot after a write: no new write until it is back. */
  busy: boolean;
  /** A write to this workflow HubSpot has not confirmed yet (card level: closing this panel does not forget it). */
  unconfirmed: 'enroll' | 'unenroll' | null;
  onUnenrolled: (result: UnenrollFromWorkflowResult) => void;
  /** Not in it any more (NOT_ENROLLED), or HubSpot could not confirm (OUTCOME_UNKNOWN): the card re-reads the list. */
  onRecheck: (code: 'NOT_ENROLLED' | 'OUTCOME_UNKNOWN') => void;
}

/**
 * One workflow the contact is in: its decoded steps and trigger, this contact's warnings, and
 * "Unenroll" behind a confirmation naming the workflow and the contact. Fetched when the panel opens
 * (HubSpot renders overlays up front). A workflow without v4 details shows what the list knows.
 */
export function WorkflowPanel({ run, workflow: w, contactId, userId, contactName, busy, unconfirmed, onUnenrolled, onRecheck }: WorkflowPanelProps) {
  // Every row's panel is rendered up front: test ids carry the workflow's id to stay unique.
  const tid = (name: string) => `${name}-${w.legacyWorkflowId}`;
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const details = useWorkflowDetails(run, open && w.flowId ? { flowId: w.flowId } : null, contactId, userId);
  const unenroll = useUnenrollFromWorkflow(run);
  const d = details.data;
  const flowId = w.flowId;
  const spent = unenroll.data !== null || (unenroll.error !== null && !unenroll.error.retryable);
  // HubSpot says the contact left this workflow since the list was read: nothing to unenroll.
  const notMember = d?.enrollment?.isMember === false;

  const confirm = () => {
    if (unconfirmed) return;
    // A workflow without v4 mapping is unenrolled by its legacy id (the v2 DELETE takes that id anyway).
    void unenroll.submit(flowId ? { contactId, flowId } : { contactId, legacyWorkflowId: w.legacyWorkflowId }).then((result) => {
      setConfirming(false);
      if (result?.ok) onUnenrolled(result.data);
      else if (result && (result.error.code === 'OUTCOME_UNKNOWN' || result.error.code === 'NOT_ENROLLED')) onRecheck(result.error.code);
    });
  };

  let body;
  if (!open) body = null;
  else if (!flowId) {
    body = (
      <Flex direction="column" gap="sm" testId={tid('workflow-without-details')}>
        <WorkflowStatusLine isEnabled={w.isEnabled} kind={workflowKindLabel(w.objectTypeId, w.objectLabel)} />
        <Text>HubSpot does not share this workflow's steps with apps, so only its name and status are shown here. Open it in HubSpot to see its steps.</Text>
      </Flex>
    );
  } else if (details.pending) body = <LoadingSpinner label="Loading the workflow" testId={tid('workflow-loading')} />;
  else if (details.error) body = <FunctionErrorView title="Couldn't load this workflow" error={details.error} onRetry={details.reload} />;
  else if (d) {
    body = (
      <Flex direction="column" gap="sm">
        <WarningsAlert warnings={d.warnings ?? []} title="For this contact" testId={tid('warnings')} />
        <NameNotices notices={d.nameNotices} testId={tid('name-notices')} />
        <TriggerCheckSection check={d.triggerCheck} testId={tid('trigger-check')} />
        <DecodedWorkflowView workflow={d} legacyWorkflowId={d.legacyWorkflowId} testId={tid('decoded')} />
      </Flex>
    );
  }

  let result = null;
  if (unenroll.error?.code === 'OUTCOME_UNKNOWN') {
    result = (
      <Alert title="Unenrollment not confirmed" variant="warning" testId={tid('unenroll-unknown')}>
        HubSpot did not confirm whether {contactName} was unenrolled. The card is checking again: look at its list before you try again.
      </Alert>
    );
  } else if (unenroll.error) {
    result = (
      <Alert title="Not unenrolled" variant={unenroll.error.code === 'NOT_ENROLLED' ? 'info' : 'danger'} testId={tid('unenroll-error')}>
        {unenroll.error.message}
        {supportReference(unenroll.error)}
      </Alert>
    );
  } else if (unconfirmed) {
    result = (
      <Text variant="microcopy" testId={tid('unenroll-unconfirmed')}>
        {unconfirmedSentence(unconfirmed)}
      </Text>
    );
  } else if (notMember) {
    result = (
      <Text variant="microcopy" testId={tid('unenroll-not-member')}>
        {contactName} is not in this workflow any more.
      </Text>
    );
  } else if (confirming) {
    result = (
      <Text testId={tid('unenroll-confirm-text')}>
        Unenroll {contactName} from "{w.name}"? The workflow's remaining steps will not run for them.
      </Text>
    );
  }

  return (
    <Panel
      id={workflowPanelId(w.legacyWorkflowId)}
      title={w.name}
      width="md"
      onOpen={() => setOpen(true)}
      onClose={() => {
        setOpen(false);
        setConfirming(false);
        unenroll.reset();
      }}
      testId={`workflow-panel-${w.legacyWorkflowId}`}
    >
      <PanelBody>
        <PanelSection>{body}</PanelSection>
      </PanelBody>
      <PanelFooter>
        <Flex direction="column" gap="sm">
          {result}
          <Flex direction="row" gap="xs" align="center">
            {confirming || unenroll.pending ? (
              <>
                <LoadingButton variant="destructive" loading={unenroll.pending} disabled={busy || unconfirmed !== null} onClick={confirm} testId={tid('unenroll-confirm')}>
                  {unenroll.pending ? 'Unenrolling…' : 'Yes, unenroll'}
                </LoadingButton>
                <Button variant="secondary" disabled={unenroll.pending} onClick={() => setConfirming(false)} testId={tid('unenroll-cancel')}>
                  Keep enrolled
                </Button>
              </>
            ) : (
              <Button
                variant="destructive"
                disabled={busy || spent || unconfirmed !== null || notMember || details.pending}
                onClick={() => setConfirming(true)}
                testId={tid('unenroll')}
              >
                Unenroll
              </Button>
            )}
            {busy ? <LoadingSpinner size="xs" label="Refreshing…" showLabel /> : null}
          </Flex>
        </Flex>
      </PanelFooter>
    </Panel>
  );
}
