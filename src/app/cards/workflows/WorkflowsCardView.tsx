import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, EmptyState, Flex, LoadingSpinner, StatusTag, Text } from '@hubspot/ui-extensions';
import { FunctionErrorView } from '../shared/FunctionErrorView';
import type { RunFunction } from '../shared/useFunction';
import type { ContactWorkflowItem } from '../../../../server/workflows/types';
import { ActionTypeReferencePanel } from './ActionTypeReferencePanel';
import { WorkflowStatusLine } from './DecodedWorkflowView';
import { ENROLL_WORKFLOW_PANEL_ID, EnrollWorkflowPanel } from './EnrollWorkflowPanel';
import { useContactWorkflows } from './hooks';
import { workflowKindLabel } from './labels';
import { useUnconfirmedWrites } from '../shared/unconfirmed-writes';
import { applyWrites, readShowsWorkflowWrite, settledWrites, type CardWrite } from './membership';
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
  // The writes this card made, shown from their answers until a read of HubSpot agrees with them.
  const [writes, setWrites] = useState<CardWrite[]>([]);
  const [unconfirmed, setUnconfirmed] = useState<string | null>(null);
  const listData = list.data;
  // Writes that ended OUTCOME_UNKNOWN: their action stays off (panel reopened or not) until a read settles them.
  const unconfirmedWrites = useUnconfirmedWrites(contactId, listData, readShowsWorkflowWrite);
  // A re-read asked for after a write: "refreshing" from the click on, not only once the call has started.
  const [awaitingRead, setAwaitingRead] = useState(false);
  const readStarted = useRef(false);
  useEffect(() => {
    if (list.pending) {
      readStarted.current = true;
      return;
    }
    // A read came back: drop the writes it now shows, and the "refreshing" it ends.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- follows the read's answer (external state)
    if (listData) setWrites((w) => settledWrites(w, listData.workflows));
    if (readStarted.current) {
      readStarted.current = false;
      setAwaitingRead(false);
    }
  }, [listData, list.pending]);

  // A reload over data already shown: say so, and offer no write until it is back.
  const refreshing = awaitingRead || (list.pending && (listData !== null || writes.length > 0));
  const recheck = () => {
    // A read already in flight is superseded by this reload: its end is this reload's end.
    readStarted.current = list.pending;
    setAwaitingRead(true);
    list.reload();
    actions.refreshObjectProperties();
  };

  const workflows = applyWrites(listData?.workflows ?? [], writes);
  let body;
  if (list.pending && !listData && !writes.length) body = <LoadingSpinner label="Loading workflows" layout="centered" testId="workflows-loading" />;
  else if (list.error && !writes.length) body = <FunctionErrorView title="Couldn't load workflows" error={list.error} onRetry={list.reload} />;
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
            justEnrolled={writes.some((x) => x.kind === 'enrolled' && x.item.legacyWorkflowId === w.legacyWorkflowId)}
            panel={
              <WorkflowPanel
                run={runFunction}
                workflow={w}
                contactId={contactId}
                userId={userId}
                contactName={contact.name}
                busy={refreshing}
                unconfirmed={unconfirmedWrites.find(w.legacyWorkflowId)?.kind ?? null}
                onUnenrolled={(r) => {
                  setWrites((x) => [...x, { kind: 'unenrolled', legacyWorkflowId: r.legacyWorkflowId }]);
                  actions.addAlert({ type: 'success', title: 'Unenrolled from workflow', message: `${contact.name} was unenrolled from ${w.name}.` });
                  actions.closeOverlay(workflowPanelId(w.legacyWorkflowId));
                  recheck();
                }}
                onRecheck={(code) => {
                  if (code === 'OUTCOME_UNKNOWN') unconfirmedWrites.add('unenroll', w.legacyWorkflowId);
                  setUnconfirmed(
                    code === 'OUTCOME_UNKNOWN'
                      ? `Unenrollment not confirmed: HubSpot did not say whether ${contact.name} left ${w.name}. This list is HubSpot's answer when the card checked again.`
                      : null,
                  );
                  recheck();
                }}
              />
            }
          />
        ))}
      </Flex>
    );
  }

  return (
    <Flex direction="column" gap="md">
      {body}
      {refreshing ? <LoadingSpinner size="xs" label="Refreshing…" showLabel testId="refreshing" /> : null}
      {!refreshing && list.error && writes.length ? (
        <Text variant="microcopy" testId="refresh-failed">
          The card could not re-read HubSpot: {list.error.message}
        </Text>
      ) : null}
      {unconfirmed ? (
        <Text variant="microcopy" testId="unconfirmed">
          {unconfirmed}
        </Text>
      ) : null}
      {unconfirmedWrites.writes.length ? (
        // Only a read settles an unconfirmed write: this re-reads, it does not forget them.
        <Flex direction="row">
          <Button variant="secondary" size="sm" disabled={refreshing} onClick={recheck} testId="refresh">
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
                unconfirmedFor={(id) => unconfirmedWrites.find(id)?.kind ?? null}
                onEnrolled={(r) => {
                  setUnconfirmed(null);
                  setWrites((x) => [
                    ...x,
                    {
                      kind: 'enrolled',
                      item: {
                        flowId: r.flowId,
                        legacyWorkflowId: r.legacyWorkflowId,
                        name: r.workflowName,
                        isEnabled: true,
                        objectTypeId: '0-1',
                        objectLabel: 'Contacts',
                        legacyType: null,
                      },
                    },
                  ]);
                  recheck();
                }}
                onOutcomeUnknown={(legacyWorkflowId) => {
                  unconfirmedWrites.add('enroll', legacyWorkflowId);
                  setUnconfirmed(
                    "Enrollment not confirmed: HubSpot did not say whether the last enrollment went through. This list is HubSpot's answer when the card checked again.",
                  );
                  recheck();
                }}
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
