import { useState } from 'react';
import { Alert, Button, Flex, LoadingButton, LoadingSpinner, Panel, PanelBody, PanelFooter, PanelSection, Text } from '@hubspot/ui-extensions';
import { FunctionErrorView, supportReference } from '../shared/FunctionErrorView';
import type { RunFunction } from '../shared/useFunction';
import type { Writes } from '../shared/useWrites';
import { unconfirmedSentence, type Candidate } from '../shared/write-lifecycle';
import type { ContactWorkflowItem, ContactWorkflowsResult } from '../../../../server/workflows/types';
import { ChainedWorkflows, useChain } from './ChainedWorkflows';
import { DecodedWorkflowView, WorkflowStatusLine } from './DecodedWorkflowView';
import { useWorkflowDetails } from './hooks';
import type { WorkflowMeta } from './membership';
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
  /** The card's writes (shared/write-lifecycle.ts): card level, so closing this panel does not forget them. */
  writes: Writes<ContactWorkflowsResult, WorkflowMeta>;
  /** HubSpot confirmed the unenrollment (the card's list already shows it). */
  onUnenrolled: () => void;
}

/**
 * One workflow the contact is in: its decoded steps and trigger, this contact's warnings, and
 * "Unenroll" behind a confirmation naming the workflow and the contact. Fetched when the panel opens
 * (HubSpot renders overlays up front). A workflow without v4 details shows what the list knows.
 */
export function WorkflowPanel({ run, workflow: w, contactId, userId, contactName, busy, writes, onUnenrolled }: WorkflowPanelProps) {
  // Every row's panel is rendered up front: test ids carry the workflow's id to stay unique.
  const tid = (name: string) => `${name}-${w.legacyWorkflowId}`;
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const chain = useChain();
  // Reading a workflow this one chains into: the footer's Unenroll (for this workflow) waits for "Back".
  const inChain = chain.trail.length > 0;
  const details = useWorkflowDetails(run, open && w.flowId ? { flowId: w.flowId } : null, contactId, userId);
  const d = details.data;
  const flowId = w.flowId;
  // A workflow without v4 mapping is unenrolled by its legacy id (the v2 DELETE takes that id anyway).
  const target = w.legacyWorkflowId;
  const candidate: Candidate = { uid: 'unenroll-from-workflow', target, params: flowId ? { contactId, flowId } : { contactId, legacyWorkflowId: target } };
  // One in flight, one HubSpot has not confirmed, or a refusal that would come again.
  const blocked = writes.blocker(candidate);
  const outcome = writes.outcomeFor(target, candidate);
  const sending = writes.sending?.uid === 'unenroll-from-workflow' && writes.sending.target === target;
  // HubSpot says the contact left this workflow since the list was read: nothing to unenroll.
  const notMember = d?.enrollment?.isMember === false;

  const confirm = () => {
    void writes.send(candidate, { name: w.name }).then((done) => {
      if (!done) return;
      setConfirming(false);
      if (done.phase === 'confirmed') onUnenrolled();
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
        <ChainedWorkflows run={run} chain={chain} testId={tid('decoded')}>
          {(open) => (
            <>
              <TriggerCheckSection check={d.triggerCheck} testId={tid('trigger-check')} />
              <DecodedWorkflowView workflow={d} legacyWorkflowId={d.legacyWorkflowId} testId={tid('decoded')} onOpenWorkflow={open} />
            </>
          )}
        </ChainedWorkflows>
      </Flex>
    );
  }

  let result = null;
  const mine = outcome?.uid === 'unenroll-from-workflow' ? outcome : null;
  if (mine?.phase === 'unconfirmed' && !mine.dismissed) {
    result = (
      <Alert title="Unenrollment not confirmed" variant="warning" testId={tid('unenroll-unknown')}>
        HubSpot did not confirm whether {contactName} was unenrolled. The card is checking again: look at its list before you try again.
      </Alert>
    );
  } else if (mine?.phase === 'refused' && mine.error) {
    result = (
      <Alert title="Not unenrolled" variant={mine.error.code === 'NOT_ENROLLED' ? 'info' : 'danger'} testId={tid('unenroll-error')}>
        {mine.error.message}
        {supportReference(mine.error)}
      </Alert>
    );
  } else if (outcome?.phase === 'unconfirmed' && !outcome.settled) {
    result = (
      <Text variant="microcopy" testId={tid('unenroll-unconfirmed')}>
        {unconfirmedSentence(outcome)}
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
        chain.reset();
        writes.dismiss();
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
            {inChain && !sending ? (
              <Text variant="microcopy" testId={tid('unenroll-in-chain')}>
                Go back to "{w.name}" to unenroll {contactName} from it.
              </Text>
            ) : confirming || sending ? (
              <>
                <LoadingButton variant="destructive" loading={sending} disabled={busy || blocked !== null} onClick={confirm} testId={tid('unenroll-confirm')}>
                  {sending ? 'Unenrolling…' : 'Yes, unenroll'}
                </LoadingButton>
                <Button variant="secondary" disabled={sending} onClick={() => setConfirming(false)} testId={tid('unenroll-cancel')}>
                  Keep enrolled
                </Button>
              </>
            ) : (
              <Button variant="destructive" disabled={busy || blocked !== null || notMember || details.pending} onClick={() => setConfirming(true)} testId={tid('unenroll')}>
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
