import { useState } from 'react';
import {
  Alert, Button, EmptyState, Flex, LoadingButton, LoadingSpinner, Panel, PanelBody, PanelFooter, PanelSection, SearchInput, Text, useDebounce,
} from '@hubspot/ui-extensions';
import { FunctionErrorView } from '../shared/FunctionErrorView';
import type { RunFunction } from '../shared/useFunction';
import type { EnrollInWorkflowResult } from '../../../../server/workflows/types';
import { DecodedWorkflowView } from './DecodedWorkflowView';
import { useEnrollInWorkflow, useWorkflowPicker, useWorkflowPreview } from './hooks';

export const ENROLL_WORKFLOW_PANEL_ID = 'workflows-enroll-panel';

export interface EnrollWorkflowPanelProps {
  run: RunFunction;
  contactId: string;
  debounceMs: number;
  onEnrolled: (result: EnrollInWorkflowResult) => void;
  /** HubSpot could not confirm whether the enrollment landed: the card must re-check, not invite a resend. */
  onOutcomeUnknown: (message: string) => void;
}

/** Search enabled contact workflows, preview the decoded steps, confirm once. */
export function EnrollWorkflowPanel({ run, contactId, debounceMs, onEnrolled, onOutcomeUnknown }: EnrollWorkflowPanelProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const debounced = useDebounce(query.trim(), debounceMs);
  const search = useWorkflowPicker(run, open ? contactId : null);
  const [selected, setSelected] = useState<{ legacyWorkflowId: string; name: string } | null>(null);
  const preview = useWorkflowPreview(run, open && selected ? selected.legacyWorkflowId : null, contactId);
  const enroll = useEnrollInWorkflow(run);
  const needle = debounced.toLowerCase();
  const matches = search.data ? search.data.workflows.filter((w) => !needle || w.name.toLowerCase().includes(needle)) : [];
  const flowId = preview.data?.flowId ?? null;

  const select = (s: { legacyWorkflowId: string; name: string }) => {
    setSelected(s);
    enroll.reset();
  };
  const submit = () => {
    if (!selected || !flowId) return;
    void enroll.submit({ contactId, flowId }).then((result) => {
      if (result?.ok) onEnrolled(result.data);
      else if (result?.error.code === 'OUTCOME_UNKNOWN') onOutcomeUnknown(result.error.message);
    });
  };

  return (
    <Panel id={ENROLL_WORKFLOW_PANEL_ID} title="Enroll in workflow" width="md" onOpen={() => setOpen(true)} onClose={() => setOpen(false)} testId="enroll-workflow-panel">
      <PanelBody>
        <PanelSection>
          <SearchInput
            name="workflow-search"
            label="Search workflows"
            description="Turned-on, contact-based workflows"
            placeholder="Workflow name"
            value={query}
            onInput={(v) => setQuery(v)}
            onChange={(v) => setQuery(v)}
            testId="workflow-search"
          />
          {search.pending ? (
            <LoadingSpinner label="Searching workflows" testId="search-loading" />
          ) : search.error ? (
            <FunctionErrorView title="Couldn't search workflows" error={search.error} onRetry={search.reload} />
          ) : search.data ? (
            matches.length === 0 ? (
              <EmptyState title="No matching workflow" layout="vertical" imageWidth={80} testId="search-empty">
                <Text>{debounced ? `No turned-on contact workflow name contains "${debounced}".` : 'This account has no turned-on contact-based workflow.'}</Text>
              </EmptyState>
            ) : (
              <Flex direction="column" gap="xs" testId="search-results">
                <Text variant="microcopy">{`${matches.length} of ${search.data.total}`}</Text>
                {matches.map((w) => (
                  <Button key={w.legacyWorkflowId} variant={selected?.legacyWorkflowId === w.legacyWorkflowId ? 'primary' : 'secondary'} size="sm" disabled={!w.canEnroll} onClick={() => select({ legacyWorkflowId: w.legacyWorkflowId, name: w.name })} testId={`pick-${w.legacyWorkflowId}`}>
                    {w.canEnroll ? w.name : `${w.name} (${w.reason ?? "can't enroll"})`}
                  </Button>
                ))}
              </Flex>
            )
          ) : null}
        </PanelSection>
        {selected ? (
          <PanelSection>
            <Text format={{ fontWeight: 'bold' }}>{selected.name}</Text>
            {preview.pending ? (
              <LoadingSpinner label="Loading the workflow's steps" testId="preview-loading" />
            ) : preview.error ? (
              <FunctionErrorView title="Couldn't load this workflow" error={preview.error} onRetry={preview.reload} />
            ) : preview.data ? (
              <DecodedWorkflowView workflow={preview.data} testId="preview" />
            ) : null}
          </PanelSection>
        ) : null}
        {enroll.error && enroll.error.code !== 'OUTCOME_UNKNOWN' ? (
          <Alert title="Not enrolled" variant={enroll.error.code === 'ALREADY_ENROLLED' ? 'info' : 'danger'} testId="enroll-error">
            {enroll.error.message}
            {enroll.error.correlationId ? ` (Support reference: ${enroll.error.correlationId})` : ''}
          </Alert>
        ) : null}
        {enroll.data ? (
          <Alert title="Enrolled" variant="success" testId="enroll-success">
            The contact was enrolled in {enroll.data.workflowName}.
          </Alert>
        ) : null}
      </PanelBody>
      <PanelFooter>
        <LoadingButton variant="primary" loading={enroll.pending} disabled={!selected || !flowId || enroll.pending || enroll.data !== null} onClick={submit} testId="enroll-submit">
          {enroll.pending ? 'Enrolling…' : 'Enroll'}
        </LoadingButton>
      </PanelFooter>
    </Panel>
  );
}
