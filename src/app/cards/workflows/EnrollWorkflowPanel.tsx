import { useState } from 'react';
import { Alert, Flex, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import { FunctionErrorView, supportReference } from '../shared/FunctionErrorView';
import { filterByLabel, RecordPickerPanel, type PickerItem } from '../shared/RecordPicker';
import type { RunFunction } from '../shared/useFunction';
import type { Writes } from '../shared/useWrites';
import { unconfirmedSentence, type Candidate } from '../shared/write-lifecycle';
import type { ContactWorkflowsResult, WorkflowPickerItem } from '../../../../server/workflows/types';
import { ChainedWorkflows, useChain } from './ChainedWorkflows';
import { DecodedWorkflowView } from './DecodedWorkflowView';
import { useWorkflowDetails, useWorkflowPicker } from './hooks';
import type { WorkflowMeta } from './membership';
import { NameNotices } from './NameNotices';
import { TriggerCheckSection } from './TriggerCheckSection';
import { WarningsAlert } from './WarningsAlert';

export const ENROLL_WORKFLOW_PANEL_ID = 'workflows-enroll-panel';

export interface EnrollWorkflowPanelProps {
  run: RunFunction;
  contactId: string;
  userId?: string;
  /** "Cleo Noemail": names the contact in the result. */
  contactName: string;
  /** The card is re-reading HubSpot after a write: no new write until it is back. */
  busy: boolean;
  /** The card's writes (shared/write-lifecycle.ts): card level, so they outlive this panel's openings. */
  writes: Writes<ContactWorkflowsResult, WorkflowMeta>;
  onCancel: () => void;
}

const toPickerItem = (w: WorkflowPickerItem): PickerItem => ({
  id: w.legacyWorkflowId,
  label: w.name,
  disabledReason: w.canEnroll ? undefined : (w.reason ?? "This contact can't be enrolled in it."),
});

/**
 * Pick a workflow (the list of every contact-based workflow loaded once per opening, filtered here as
 * you type), preview its steps and this contact's warnings, enroll once. The result stays beside the button.
 */
export function EnrollWorkflowPanel({ run, contactId, userId, contactName, busy, writes, onCancel }: EnrollWorkflowPanelProps) {
  const [opened, setOpened] = useState(false);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const chain = useChain();
  const select = (id: string | null) => {
    setSelectedId(id);
    chain.reset();
  };
  const picker = useWorkflowPicker(run, contactId, opened);
  const details = useWorkflowDetails(run, opened && selectedId ? { legacyWorkflowId: selectedId } : null, contactId, userId);

  const data = picker.data;
  const all = data ? data.workflows.map(toPickerItem) : [];
  const selected = data?.workflows.find((w) => w.legacyWorkflowId === selectedId) ?? null;
  const preview = details.data && details.data.legacyWorkflowId === selectedId ? details.data : null;
  const blockedHere = preview?.enrollment && !preview.enrollment.canEnroll ? (preview.enrollment.reason ?? "This contact can't be enrolled in it.") : null;
  // The enrollment the rep would send now; a workflow without v4 mapping is enrolled by its legacy id (the v2 POST takes that id anyway).
  const candidate: Candidate | null =
    preview && selectedId
      ? { uid: 'enroll-in-workflow', target: selectedId, params: { contactId, ...(preview.flowId ? { flowId: preview.flowId } : { legacyWorkflowId: selectedId }) } }
      : null;
  // One in flight, one HubSpot has not confirmed, the same enrollment again, or a refusal that would come again.
  const blocked = candidate ? writes.blocker(candidate) : null;
  const outcome = selectedId ? writes.outcomeFor(selectedId, candidate) : null;
  const shown = outcome && !outcome.dismissed ? outcome : null;
  const enrolled = shown?.phase === 'confirmed' && shown.uid === 'enroll-in-workflow' ? shown.data : undefined;

  const submit = () => {
    if (candidate && selected) void writes.send(candidate, { name: selected.name });
  };

  let result = null;
  if (enrolled) {
    result = (
      <Alert title="Enrolled" variant="success" testId="enroll-success">
        {contactName} was enrolled in {enrolled.workflowName}.
      </Alert>
    );
  } else if (shown?.phase === 'unconfirmed' && shown.uid === 'enroll-in-workflow') {
    result = (
      <Alert title="Enrollment not confirmed" variant="warning" testId="enroll-unknown">
        HubSpot did not confirm whether {contactName} was enrolled. The card is checking again: look at its list before you enroll again.
      </Alert>
    );
  } else if (outcome?.phase === 'refused' && outcome.uid === 'enroll-in-workflow' && outcome.error) {
    result = (
      <Alert title="Not enrolled" variant={outcome.error.code === 'ALREADY_ENROLLED' ? 'info' : 'danger'} testId="enroll-error">
        {outcome.error.message}
        {supportReference(outcome.error)}
      </Alert>
    );
  } else if (outcome?.phase === 'unconfirmed') {
    result = (
      <Text variant="microcopy" testId="enroll-unconfirmed">
        {unconfirmedSentence(outcome)}
      </Text>
    );
  } else if (chain.trail.length && selected) {
    result = (
      <Text variant="microcopy" testId="enroll-in-chain">
        Go back to "{selected.name}" to enroll {contactName} in it.
      </Text>
    );
  } else if (blockedHere) {
    result = (
      <Text variant="microcopy" testId="enroll-blocked">
        {blockedHere}
      </Text>
    );
  }

  return (
    <RecordPickerPanel
      panelId={ENROLL_WORKFLOW_PANEL_ID}
      title="Enroll in a workflow"
      testId="enroll-workflow-panel"
      onOpen={() => {
        if (opened) picker.reload(); // membership may have changed since the last opening
        setOpened(true);
      }}
      onClose={() => {
        select(null);
        writes.dismiss();
      }}
      notice={
        data?.contactReason ? (
          <Alert title="Can't enroll" variant="warning" testId="contact-reason">
            {data.contactReason}
          </Alert>
        ) : null
      }
      name="workflow"
      label="Workflow"
      searchLabel="Search workflows"
      placeholder="Workflow name"
      query={query}
      onQueryChange={setQuery}
      items={filterByLabel(all, query)}
      total={data?.total ?? 0}
      noun="workflows"
      loading={picker.pending} // a reopening re-reads who can join: the last list may be stale
      loadingLabel="Loading workflows"
      error={picker.error ? <FunctionErrorView title="Couldn't load the workflows" error={picker.error} onRetry={picker.reload} /> : undefined}
      emptyText={query.trim() ? `No contact-based workflow name contains "${query.trim()}".` : 'This account has no contact-based workflow.'}
      selectedId={selectedId}
      onSelect={select}
      preview={
        selected ? (
          <Flex direction="column" gap="sm" testId="preview-section">
            <Text format={{ fontWeight: 'bold' }}>{selected.name}</Text>
            {details.pending ? (
              <LoadingSpinner label="Loading the workflow's steps" testId="preview-loading" />
            ) : details.error ? (
              <FunctionErrorView title="Couldn't load this workflow" error={details.error} onRetry={details.reload} />
            ) : preview ? (
              <>
                <WarningsAlert warnings={preview.warnings ?? []} />
                <NameNotices notices={preview.nameNotices} testId="preview-name-notices" />
                <ChainedWorkflows run={run} chain={chain} testId="preview">
                  {(open) => (
                    <>
                      <TriggerCheckSection check={preview.triggerCheck} testId="preview-trigger-check" />
                      <DecodedWorkflowView workflow={preview} legacyWorkflowId={preview.legacyWorkflowId} testId="preview" onOpenWorkflow={open} />
                    </>
                  )}
                </ChainedWorkflows>
              </>
            ) : null}
          </Flex>
        ) : null
      }
      action={{
        label: enrolled ? 'Enrolled' : 'Enroll',
        pendingLabel: 'Enrolling…',
        pending: writes.sending?.uid === 'enroll-in-workflow',
        // Reading a workflow the selected one chains into: "Enroll" is for the selected one, so it waits for "Back".
        disabled: chain.trail.length > 0 || !candidate || blockedHere !== null || blocked !== null || busy || !selected?.canEnroll,
        onClick: submit,
        testId: 'enroll-submit',
      }}
      onCancel={onCancel}
      cancelLabel={enrolled ? 'Close' : 'Cancel'}
      result={result}
    />
  );
}
