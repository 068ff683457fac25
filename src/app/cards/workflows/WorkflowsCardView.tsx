import { useEffect, useState, type ReactNode } from 'react';
import { Button, EmptyState, Flex, LoadingSpinner, StatusTag, Text } from '@hubspot/ui-extensions';
import { FunctionErrorView } from '../shared/FunctionErrorView';
import type { RunFunction } from '../shared/useFunction';
import type { ContactWorkflowItem } from '../../../../server/workflows/types';
import { ActionTypeReferencePanel } from './ActionTypeReferencePanel';
import { WorkflowStatusLine } from './DecodedWorkflowView';
import { ENROLL_WORKFLOW_PANEL_ID, EnrollWorkflowPanel } from './EnrollWorkflowPanel';
import { useContactWorkflows } from './hooks';
import { workflowKindLabel } from './labels';
import { useWrites } from '../shared/useWrites';
import { isUnenroll, latestAnswered } from '../shared/write-lifecycle';
import { applyWrites, WORKFLOW_WRITES } from './membership';
import { WorkflowPanel, workflowPanelId } from './WorkflowPanel';

/** What the card reads from HubSpot's context (a subset, so tests and the workbench can pass their own). */
export interface WorkflowsCardContext {
  crm: { objectId: number | string };
  user?: { id: number | string };
}

export interface WorkflowsCardActions {
  addAlert: (alert: { type?: 'info' | 'warning' | 'success' | 'danger' | 'tip'; title?: string; message: string }) => void;
  refreshObjectProperties: () => void;
  closeOverlay: (id: string) => void;
  /** HubSpot reads the record's properties on its side (no function call): the contact's name and email. */
  fetchCrmObjectProperties?: (names: string[]) => Promise<Record<string, string | null | undefined>>;
}

export interface WorkflowsCardViewProps {
  context: WorkflowsCardContext;
  actions: WorkflowsCardActions;
  runFunction: RunFunction;
}

/** The contact's name for sentences, and whether it has an email (`undefined`: not known). */
function useContactBasics(actions: WorkflowsCardActions) {
  const [basics, setBasics] = useState<{ name: string; hasEmail: boolean | undefined }>({ name: 'This contact', hasEmail: undefined });
  useEffect(() => {
    let live = true;
    void Promise.resolve(actions.fetchCrmObjectProperties?.(['firstname', 'lastname', 'email']))
      .then((p) => {
        if (!live || !p) return;
        const name = [p.firstname, p.lastname].filter((x) => typeof x === 'string' && x.trim()).join(' ');
        setBasics({
          name: name || (typeof p.email === 'string' && p.email) || 'This contact',
          hasEmail: 'email' in p ? !!(typeof p.email === 'string' && p.email.trim()) : undefined,
        });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per card: HubSpot's actions object is stable
  }, []);
  return basics;
}

export function WorkflowsCardView({ context, actions, runFunction }: WorkflowsCardViewProps) {
  const contactId = String(context.crm.objectId);
  const userId = context.user?.id === undefined ? undefined : String(context.user.id);
  const list = useContactWorkflows(runFunction, contactId);
  const contact = useContactBasics(actions);
  // Every enroll and unenroll this card sends, from the click to a read that shows it (shared/write-lifecycle.ts).
  const writes = useWrites(runFunction, list, WORKFLOW_WRITES, () => actions.refreshObjectProperties());
  const listData = writes.shown;
  const refreshing = writes.refreshing;
  // HubSpot's last read with this card's confirmed writes no read shows yet (its reads can lag a write).
  const workflows = applyWrites(listData?.workflows ?? [], writes.overRead);
  const shownAnything = listData !== null || writes.overRead.length > 0;

  let body;
  if (list.pending && !shownAnything) body = <LoadingSpinner label="Loading workflows" layout="centered" testId="workflows-loading" />;
  else if (list.error && !shownAnything) body = <FunctionErrorView title="Couldn't load workflows" error={list.error} onRetry={list.reload} />;
  else if (workflows.length === 0) {
    body = (
      <EmptyState title="No workflows" layout="vertical" imageWidth={80} testId="workflows-empty">
        <Text>{contact.name === 'This contact' ? 'This contact is' : `${contact.name} is`} not in any workflow.</Text>
      </EmptyState>
    );
  } else {
    body = (
      <Flex direction="column" gap="sm" testId="workflows-list">
        {workflows.map((w) => (
          <WorkflowRow
            key={w.legacyWorkflowId}
            workflow={w}
            // A row only this card's answer knows of (HubSpot's list does not show it yet).
            justEnrolled={!listData?.workflows.some((x) => x.legacyWorkflowId === w.legacyWorkflowId)}
            panel={
              <WorkflowPanel
                run={runFunction}
                workflow={w}
                contactId={contactId}
                userId={userId}
                contactName={contact.name}
                busy={refreshing}
                writes={writes}
                onUnenrolled={() => {
                  actions.addAlert({ type: 'success', title: 'Unenrolled from workflow', message: `${contact.name} was unenrolled from ${w.name}.` });
                  actions.closeOverlay(workflowPanelId(w.legacyWorkflowId));
                }}
              />
            }
          />
        ))}
      </Flex>
    );
  }

  const last = latestAnswered(writes.state);
  const unconfirmedNote =
    last?.phase !== 'unconfirmed'
      ? null
      : isUnenroll(last)
        ? `Unenrollment not confirmed: HubSpot did not say whether ${contact.name} left ${last.meta?.name ?? 'the workflow'}. This list is HubSpot's answer when the card checked again.`
        : "Enrollment not confirmed: HubSpot did not say whether the last enrollment went through. This list is HubSpot's answer when the card checked again.";

  return (
    <Flex direction="column" gap="md">
      {body}
      {refreshing ? <LoadingSpinner size="xs" label="Refreshing…" showLabel testId="refreshing" /> : null}
      {!refreshing && list.error && shownAnything ? (
        <Text variant="microcopy" testId="refresh-failed">
          The card could not re-read HubSpot: {list.error.message}
        </Text>
      ) : null}
      {unconfirmedNote ? (
        <Text variant="microcopy" testId="unconfirmed">
          {unconfirmedNote}
        </Text>
      ) : null}
      {writes.unconfirmed.length ? (
        // Only a read settles an unconfirmed write: this re-reads, it does not forget them.
        <Flex direction="row">
          <Button variant="secondary" size="sm" disabled={refreshing} onClick={writes.recheck} testId="refresh">
            Refresh
          </Button>
        </Flex>
      ) : null}
      <Flex direction="row" gap="xs" wrap="wrap" align="center">
        {contact.hasEmail === false ? (
          <Flex direction="column" gap="xs" testId="cannot-enroll">
            <Flex direction="row">
              <StatusTag variant="warning">Can't enroll</StatusTag>
            </Flex>
            <Text>This contact has no email address: HubSpot enrolls contacts in workflows by email. Add one to enroll them.</Text>
          </Flex>
        ) : (
          <Button
            variant="primary"
            size="sm"
            disabled={refreshing}
            overlay={
              <EnrollWorkflowPanel
                run={runFunction}
                contactId={contactId}
                userId={userId}
                contactName={contact.name}
                busy={refreshing}
                writes={writes}
                onCancel={() => actions.closeOverlay(ENROLL_WORKFLOW_PANEL_ID)}
              />
            }
            testId="open-enroll"
          >
            Enroll in workflow
          </Button>
        )}
        <Button variant="secondary" size="sm" overlay={<ActionTypeReferencePanel run={runFunction} />} testId="open-reference">
          Action type reference
        </Button>
      </Flex>
    </Flex>
  );
}

function WorkflowRow({ workflow: w, justEnrolled, panel }: { workflow: ContactWorkflowItem; justEnrolled: boolean; panel: ReactNode }) {
  return (
    <Flex direction="column" gap="flush" testId={`workflow-${w.legacyWorkflowId}`}>
      <Flex direction="row" gap="xs" align="center" wrap="wrap">
        <Button variant="transparent" size="sm" overlay={panel} testId={`open-workflow-${w.legacyWorkflowId}`}>
          {w.name}
        </Button>
        {justEnrolled ? <Text variant="microcopy">Enrolled just now</Text> : null}
      </Flex>
      <WorkflowStatusLine isEnabled={w.isEnabled} kind={workflowKindLabel(w.objectTypeId, w.objectLabel)} />
    </Flex>
  );
}
