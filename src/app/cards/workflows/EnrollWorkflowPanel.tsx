import { useState } from 'react';
import { Alert, Flex, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import { FunctionErrorView, supportReference } from '../shared/FunctionErrorView';
import { unconfirmedSentence } from '../shared/unconfirmed-writes';
import { filterByLabel, RecordPickerPanel, type PickerItem } from '../shared/RecordPicker';
import type { RunFunction } from '../shared/useFunction';
import type { EnrollInWorkflowResult, WorkflowPickerItem } from '../../../../server/workflows/types';
import { DecodedWorkflowView } from './DecodedWorkflowView';
import { useEnrollInWorkflow, useWorkflowDetails, useWorkflowPicker } from './hooks';
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
  onEnrolled: (result: EnrollInWorkflowResult) => void;
  /** A write to this workflow HubSpot has not confirmed yet (card level, outlives this panel's openings). */
  unconfirmedFor: (legacyWorkflowId: string) => 'enroll' | 'unenroll' | null;
  /** HubSpot could not confirm whether the enrollment landed: the card re-checks, and offers no resend. */
  onOutcomeUnknown: (legacyWorkflowId: string) => void;
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
export function EnrollWorkflowPanel({ run, contactId, userId, contactName, busy, unconfirmedFor, onEnrolled, onOutcomeUnknown, onCancel }: EnrollWorkflowPanelProps) {
  const [opened, setOpened] = useState(false);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const picker = useWorkflowPicker(run, contactId, opened);
  const details = useWorkflowDetails(run, opened && selectedId ? { legacyWorkflowId: selectedId } : null, contactId, userId);
  const enroll = useEnrollInWorkflow(run);

  const data = picker.data;
  const all = data ? data.workflows.map(toPickerItem) : [];
  const selected = data?.workflows.find((w) => w.legacyWorkflowId === selectedId) ?? null;
  const preview = details.data && details.data.legacyWorkflowId === selectedId ? details.data : null;
  const blockedHere = preview?.enrollment && !preview.enrollment.canEnroll ? (preview.enrollment.reason ?? "This contact can't be enrolled in it.") : null;
  // A refusal or an unconfirmed enrollment is not offered again for the same workflow; only a retryable error is.
  const spent = enroll.data !== null || (enroll.error !== null && !enroll.error.retryable);
  // Closing the panel forgets `enroll`, not this: an unconfirmed write may still land in HubSpot.
  const unconfirmedHere = selectedId ? unconfirmedFor(selectedId) : null;

  const submit = () => {
    if (!preview || !selectedId || unconfirmedFor(selectedId)) return;
    // A workflow without v4 mapping is enrolled by its legacy id (the v2 POST takes that id anyway).
    const target = preview.flowId ? { flowId: preview.flowId } : { legacyWorkflowId: selectedId };
    void enroll.submit({ contactId, ...target }).then((result) => {
      if (result?.ok) onEnrolled(result.data);
      else if (result?.error.code === 'OUTCOME_UNKNOWN') onOutcomeUnknown(selectedId);
    });
  };

  let result = null;
  if (enroll.data) {
    result = (
      <Alert title="Enrolled" variant="success" testId="enroll-success">
        {contactName} was enrolled in {enroll.data.workflowName}.
      </Alert>
    );
  } else if (enroll.error?.code === 'OUTCOME_UNKNOWN') {
    result = (
      <Alert title="Enrollment not confirmed" variant="warning" testId="enroll-unknown">
        HubSpot did not confirm whether {contactName} was enrolled. The card is checking again: look at its list before you enroll again.
      </Alert>
    );
  } else if (enroll.error) {
    result = (
      <Alert title="Not enrolled" variant={enroll.error.code === 'ALREADY_ENROLLED' ? 'info' : 'danger'} testId="enroll-error">
        {enroll.error.message}
        {supportReference(enroll.error)}
      </Alert>
    );
  } else if (unconfirmedHere) {
    result = (
      <Text variant="microcopy" testId="enroll-unconfirmed">
        {unconfirmedSentence(unconfirmedHere)}
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
        setSelectedId(null);
        enroll.reset();
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
      onSelect={(id) => {
        setSelectedId(id);
        enroll.reset();
      }}
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
                <TriggerCheckSection check={preview.triggerCheck} testId="preview-trigger-check" />
                <DecodedWorkflowView workflow={preview} legacyWorkflowId={preview.legacyWorkflowId} testId="preview" />
              </>
            ) : null}
          </Flex>
        ) : null
      }
      action={{
        label: enroll.data ? 'Enrolled' : 'Enroll',
        pendingLabel: 'Enrolling…',
        pending: enroll.pending,
        disabled: !preview || blockedHere !== null || unconfirmedHere !== null || spent || busy || !selected?.canEnroll,
        onClick: submit,
        testId: 'enroll-submit',
      }}
      onCancel={onCancel}
      cancelLabel={enroll.data ? 'Close' : 'Cancel'}
      result={result}
    />
  );
}
