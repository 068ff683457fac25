import { useEffect, useRef, useState } from 'react';
import {
  Alert, Button, EmptyState, Flex, LoadingButton, LoadingSpinner, Panel, PanelBody, PanelFooter, PanelSection,
  SearchInput, Select, Text, useDebounce,
} from '@hubspot/ui-extensions';
import { FunctionErrorView } from '../shared/FunctionErrorView';
import type { RunFunction } from '../shared/useFunction';
import type { EnrollResult, SequenceDetails } from '../../../../server/sequences/types';
import { useEnroll, useSequencePreview, useSequenceSearch } from './hooks';
import { StepsList } from './StepsList';

export const ENROLL_PANEL_ID = 'sequences-enroll-panel';

export interface EnrollPanelProps {
  run: RunFunction;
  contactId: string;
  userId: string;
  userEmail: string;
  userEmails: string[];
  /** The portal's time zone, for the preview's dates. */
  timeZone?: string;
  debounceMs: number;
  /** `preview`: the steps the panel showed (tokens filled, dated from now), so the card can show them at once. */
  onEnrolled: (result: EnrollResult, sequenceName: string, preview: SequenceDetails | null) => void;
  onAlreadyEnrolled: (message: string) => void;
  /** HubSpot could not confirm whether the enrollment landed: the card must re-check, not invite a resend. */
  onOutcomeUnknown: (message: string) => void;
}

/**
 * The enroll panel: search (debounced, paged), preview of the selected sequence, sender, one guarded
 * Enroll button. Nothing is fetched until the panel opens (HubSpot renders overlays up front).
 */
export function EnrollPanel(props: EnrollPanelProps) {
  const { run, contactId, userId, userEmail, userEmails, timeZone, debounceMs } = props;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const debounced = useDebounce(query.trim(), debounceMs);
  const search = useSequenceSearch(run, userId, open ? debounced : null);
  const [selected, setSelected] = useState<{ id: string; name: string } | null>(null);
  const preview = useSequencePreview(run, userId, open && selected ? selected.id : null, contactId, timeZone);
  // Every address of the acting user (context.user.emails), the primary first; minus those HubSpot refused.
  const allSenders = uniqueEmails([userEmail, ...userEmails]);
  const [refusedSenders, setRefusedSenders] = useState<string[]>([]);
  const [noInbox, setNoInbox] = useState(false);
  const senders = noInbox ? [] : allSenders.filter((e) => !refusedSenders.includes(e.toLowerCase()));
  const [chosenSender, setSender] = useState(userEmail || allSenders[0] || '');
  const sender = senders.includes(chosenSender) ? chosenSender : senders[0] ?? '';
  const enroll = useEnroll(run);
  // The latest preview when the answer arrives (it may load while the enroll runs).
  const latestPreview = useRef(preview.data);
  useEffect(() => {
    latestPreview.current = preview.data;
  }, [preview.data]);
  // A refusal that trying again cannot change: Enroll stays off until the rep picks another sequence or sender.
  const [refusedChoice, setRefusedChoice] = useState<string | null>(null);
  const choiceKey = `${selected?.id ?? ''}|${sender}`;
  const refusedAgain = refusedChoice === choiceKey || refusedChoice === '*';

  const submit = () => {
    if (!selected || !sender) return;
    const key = choiceKey;
    void enroll
      .submit({ contactId, sequenceId: selected.id, userId, senderEmail: sender, userEmails: allSenders.join(',') })
      .then((result) => {
        if (!result) return;
        if (result.ok) return props.onEnrolled(result.data, selected.name, latestPreview.current?.id === selected.id ? latestPreview.current : null);
        const { code, details, retryable } = result.error;
        if (code === 'ALREADY_ENROLLED') props.onAlreadyEnrolled(result.error.message);
        else if (code === 'OUTCOME_UNKNOWN') props.onOutcomeUnknown(result.error.message);
        else if (code === 'SENDER_NOT_CONNECTED') {
          if (details?.noConnectedInbox === true) setNoInbox(true);
          else setRefusedSenders((list) => [...list, String(details?.senderEmail ?? sender).toLowerCase()]);
        } else if (!retryable) setRefusedChoice(code === 'NO_SEQUENCES_ACCESS' ? '*' : key);
      });
  };

  return (
    <Panel id={ENROLL_PANEL_ID} title="Enroll in a sequence" width="md" onOpen={() => setOpen(true)} onClose={() => setOpen(false)} testId="enroll-panel">
      <PanelBody>
        <PanelSection>
          <SearchInput
            name="sequence-search"
            label="Search sequences"
            placeholder="Sequence name"
            value={query}
            onInput={(v) => setQuery(v)}
            onChange={(v) => setQuery(v)}
            testId="sequence-search"
          />
          <SearchResults search={search} query={debounced} selectedId={selected?.id ?? null} onSelect={(s) => setSelected(s)} />
        </PanelSection>
        {/* Sender and refusals before the (long) preview: what decides whether Enroll can work stays in view. */}
        <PanelSection>
          {senders.length ? (
            <Select
              name="sender"
              label="Send from"
              description="Emails in the sequence are sent from this inbox."
              value={sender}
              options={senders.map((e) => ({ label: e, value: e }))}
              onChange={(v) => setSender(String(v))}
              testId="sender"
            />
          ) : (
            <Alert title="Connect an inbox to send sequences" variant="warning" testId="no-inbox">
              HubSpot sends a sequence's emails from one of your connected inboxes, and {noInbox ? 'it says you have none' : 'it refused every address you have'}. In HubSpot, open Settings → General → Email and connect your inbox, then reload this record.
            </Alert>
          )}
        </PanelSection>
        {enroll.error && enroll.error.code !== 'ALREADY_ENROLLED' && enroll.error.code !== 'OUTCOME_UNKNOWN' && !(enroll.error.code === 'SENDER_NOT_CONNECTED' && !senders.length) ? (
          <Alert title="Not enrolled" variant="danger" testId="enroll-error">
            {enroll.error.message}
            {enroll.error.correlationId && !enroll.error.message.includes(enroll.error.correlationId) ? ` (Support reference: ${enroll.error.correlationId})` : ''}
          </Alert>
        ) : null}
        {selected ? (
          <PanelSection>
            <Text format={{ fontWeight: 'bold' }}>{selected.name}</Text>
            {preview.pending ? (
              <LoadingSpinner label="Loading the sequence's steps" testId="preview-loading" />
            ) : preview.error ? (
              <FunctionErrorView title="Couldn't load this sequence" error={preview.error} onRetry={preview.reload} />
            ) : preview.data ? (
              <Flex direction="column" gap="xs">
                {preview.data.sendWindowText ? <Text variant="microcopy">{preview.data.sendWindowText}.</Text> : null}
                {preview.data.followUpDaysText ? <Text variant="microcopy">{preview.data.followUpDaysText}.</Text> : null}
                <StepsList steps={preview.data.steps} testId="preview-steps" />
              </Flex>
            ) : null}
          </PanelSection>
        ) : null}
      </PanelBody>
      <PanelFooter>
        <LoadingButton
          variant="primary"
          loading={enroll.pending}
          disabled={!selected || !sender || enroll.pending || enroll.data !== null || refusedAgain}
          onClick={submit}
          testId="enroll-submit"
        >
          {enroll.pending ? 'Enrolling…' : 'Enroll'}
        </LoadingButton>
      </PanelFooter>
    </Panel>
  );
}

function SearchResults({
  search, query, selectedId, onSelect,
}: {
  search: ReturnType<typeof useSequenceSearch>;
  query: string;
  selectedId: string | null;
  onSelect: (s: { id: string; name: string }) => void;
}) {
  if (search.pending) return <LoadingSpinner label="Searching sequences" testId="search-loading" />;
  if (search.error) return <FunctionErrorView title="Couldn't search sequences" error={search.error} onRetry={search.reload} />;
  if (!search.data) return null;
  if (!search.data.results.length) {
    return (
      <EmptyState title={query ? 'No matching sequence' : 'No sequences yet'} layout="vertical" imageWidth={80} testId="search-empty">
        <Text>{query ? `No sequence name contains "${query}".` : 'This HubSpot account has no sequences you can use. Create one in Automation → Sequences.'}</Text>
      </EmptyState>
    );
  }
  return (
    <Flex direction="column" gap="xs">
      <Text variant="microcopy">
        Showing {search.data.results.length} of {search.data.total}
      </Text>
      {search.data.results.map((s) => (
        <Button
          key={s.id}
          variant={s.id === selectedId ? 'primary' : 'secondary'}
          size="sm"
          onClick={() => onSelect({ id: s.id, name: s.name })}
          testId={`sequence-option-${s.id}`}
        >
          {s.name}
        </Button>
      ))}
      {search.moreError ? <Text variant="microcopy">{search.moreError.message}</Text> : null}
      {search.data.nextAfter ? (
        <LoadingButton size="sm" variant="secondary" loading={search.loadingMore} onClick={search.loadMore} testId="load-more">
          Load more
        </LoadingButton>
      ) : null}
    </Flex>
  );
}

function uniqueEmails(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of list) {
    const t = (e ?? '').trim();
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}
