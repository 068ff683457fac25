import { useState } from 'react';
import { Alert, Flex, LoadingButton, LoadingSpinner, Select, Text, useDebounce } from '@hubspot/ui-extensions';
import { FunctionErrorView, supportReference } from '../shared/FunctionErrorView';
import { RecordPickerPanel, type PickerItem } from '../shared/RecordPicker';
import type { FunctionInput, RunFunction } from '../shared/useFunction';
import type { Writes } from '../shared/useWrites';
import { unconfirmedSentence } from '../shared/write-lifecycle';
import type { ContactSequenceStatus } from '../../../../server/sequences/types';
import { useSequencePreview, useSequenceSearch } from './hooks';
import { StepsList } from './StepsList';
import { enrollCandidate, noConnectedInbox, refusedSenders, type EnrollMeta } from './writes';

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
  /** The card's writes (shared/write-lifecycle.ts): what this panel shows about an enrollment, and what it keeps off. */
  writes: Writes<ContactSequenceStatus, EnrollMeta>;
  /** Sends the enrollment (once: the card's write lifecycle refuses a second). `meta`: what the panel showed. */
  onEnroll: (params: FunctionInput<'enroll-in-sequence'>, meta: EnrollMeta) => void;
  /** Closes the panel (`actions.closeOverlay(ENROLL_PANEL_ID)`). */
  onCancel: () => void;
}

/**
 * The enroll panel, on the picker both cards share (shared/RecordPicker): search (debounced, on
 * HubSpot's side, paged), the sender, the selected sequence's preview, one guarded Enroll button with
 * Cancel and the refusal beside them. Nothing is fetched until the panel opens (HubSpot renders overlays up front).
 */
export function EnrollPanel(props: EnrollPanelProps) {
  const { run, contactId, userId, userEmail, userEmails, timeZone, debounceMs } = props;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const debounced = useDebounce(query.trim(), debounceMs);
  const search = useSequenceSearch(run, userId, open ? debounced : null);
  const [selected, setSelected] = useState<{ id: string; name: string } | null>(null);
  const preview = useSequencePreview(run, userId, open && selected ? selected.id : null, contactId, timeZone);
  const { writes } = props;
  // Every address of the acting user (context.user.emails), the primary first; minus those HubSpot refused.
  const allSenders = uniqueEmails([userEmail, ...userEmails]);
  const refused = refusedSenders(writes.state);
  const noInbox = noConnectedInbox(writes.state);
  const senders = noInbox ? [] : allSenders.filter((e) => !refused.includes(e.toLowerCase()));
  const [chosenSender, setSender] = useState(userEmail || allSenders[0] || '');
  const sender = senders.includes(chosenSender) ? chosenSender : (senders[0] ?? '');
  // The enrollment the rep would send now, what keeps it off (one in flight, unconfirmed, refused), and what to say beside the button.
  const candidate =
    selected && sender
      ? enrollCandidate({ contactId, sequenceId: selected.id, userId, senderEmail: sender, userEmails: allSenders.join(','), ...(timeZone ? { timeZone } : {}) })
      : null;
  const blocked = candidate ? writes.blocker(candidate) : null;
  const outcome = selected ? writes.outcomeFor(selected.id, candidate) : null;
  const refusal = outcome?.phase === 'refused' ? outcome.error : undefined;
  // ALREADY_ENROLLED closes the panel (the card says it); a refused inbox shows as advice where the sender was.
  const showRefusal = refusal && refusal.code !== 'ALREADY_ENROLLED' && !(refusal.code === 'SENDER_NOT_CONNECTED' && !senders.length);

  const submit = () => {
    if (!selected || !candidate || candidate.uid !== 'enroll-in-sequence') return;
    // The preview on screen now (it may have loaded since the click was drawn), so the card can show its steps at once.
    props.onEnroll(candidate.params, { sequenceName: selected.name, preview: preview.data?.id === selected.id ? preview.data : null });
  };

  const results = search.data?.results ?? [];
  const items: PickerItem[] = results.map((s) => ({ id: s.id, label: s.name }));
  const total = search.data?.total ?? 0;
  // The count of what the server answered for the query it was asked (the typed text may be ahead of it).
  const countText = `${items.length} of ${total} ${total === 1 ? 'sequence' : 'sequences'}${debounced ? ` ${items.length === 1 ? 'matches' : 'match'} "${debounced}"` : ''}`;

  return (
    <RecordPickerPanel
      panelId={ENROLL_PANEL_ID}
      title="Enroll in a sequence"
      testId="enroll-panel"
      onOpen={() => setOpen(true)}
      onClose={() => {
        setOpen(false);
        writes.dismiss();
      }}
      name="sequence"
      label="Sequence"
      searchLabel="Search sequences"
      placeholder="Sequence name"
      query={query}
      onQueryChange={setQuery}
      items={items}
      total={total}
      noun="sequences"
      countText={countText}
      maxShown={items.length} // paged on HubSpot's side: "Load more" decides how many are drawn
      loading={search.pending}
      loadingLabel="Searching sequences"
      error={search.error ? <FunctionErrorView title="Couldn't search sequences" error={search.error} onRetry={search.reload} /> : undefined}
      emptyTitle={debounced ? 'No matching sequence' : 'No sequences yet'}
      emptyText={debounced ? `No sequence name contains "${debounced}".` : 'This HubSpot account has no sequences you can use. Create one in Automation → Sequences.'}
      selectedId={selected?.id ?? null}
      onSelect={(id) => {
        const s = results.find((r) => r.id === id);
        if (s) setSelected({ id: s.id, name: s.name });
      }}
      listFooter={
        <>
          {search.moreError ? <Text variant="microcopy">{search.moreError.message}</Text> : null}
          {search.data?.nextAfter ? (
            <LoadingButton size="sm" variant="secondary" loading={search.loadingMore} onClick={search.loadMore} testId="load-more">
              Load more
            </LoadingButton>
          ) : null}
        </>
      }
      // Sender before the (long) preview: what decides whether Enroll can work stays in view.
      fields={
        senders.length ? (
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
            HubSpot sends a sequence's emails from one of your connected inboxes, and {noInbox ? 'it says you have none' : 'it refused every address you have'}. In HubSpot, open
            Settings → General → Email and connect your inbox, then reload this record.
          </Alert>
        )
      }
      preview={selected ? <SequencePreview name={selected.name} preview={preview} /> : undefined}
      result={
        outcome?.phase === 'unconfirmed' ? (
          <Text variant="microcopy" testId="enroll-unconfirmed">
            {unconfirmedSentence(outcome)}
          </Text>
        ) : showRefusal ? (
          <Alert title="Not enrolled" variant="danger" testId="enroll-error">
            {refusal.message}
            {supportReference(refusal)}
          </Alert>
        ) : undefined
      }
      action={{
        label: 'Enroll',
        pendingLabel: 'Enrolling…',
        pending: writes.sending !== null,
        disabled: !candidate || blocked !== null,
        onClick: submit,
        testId: 'enroll-submit',
      }}
      onCancel={props.onCancel}
    />
  );
}

/** The selected sequence's steps for this contact (tokens filled, dated as if enrolled now). */
function SequencePreview({ name, preview }: { name: string; preview: ReturnType<typeof useSequencePreview> }) {
  return (
    <Flex direction="column" gap="xs" testId="preview-section">
      <Text format={{ fontWeight: 'bold' }}>{name}</Text>
      {preview.pending ? (
        <LoadingSpinner label="Loading the sequence's steps" testId="preview-loading" />
      ) : preview.error ? (
        <FunctionErrorView title="Couldn't load this sequence" error={preview.error} onRetry={preview.reload} />
      ) : preview.data ? (
        <>
          {preview.data.sendWindowText ? <Text variant="microcopy">{preview.data.sendWindowText}.</Text> : null}
          {preview.data.followUpDaysText ? <Text variant="microcopy">{preview.data.followUpDaysText}.</Text> : null}
          <StepsList steps={preview.data.steps} testId="preview-steps" />
        </>
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
