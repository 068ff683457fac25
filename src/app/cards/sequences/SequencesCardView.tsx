import { Button, Flex, LoadingSpinner, StatusTag, Text } from '@hubspot/ui-extensions';
import { FunctionErrorView } from '../shared/FunctionErrorView';
import type { FunctionInput, RunFunction } from '../shared/useFunction';
import { useWrites } from '../shared/useWrites';
import { lastOf, type WritesState } from '../shared/write-lifecycle';
import type { ContactSequenceStatus, EnrollResult } from '../../../../server/sequences/types';
import { EnrolledSummary, type EnrolledModel } from './EnrolledSummary';
import { EnrollPanel, ENROLL_PANEL_ID } from './EnrollPanel';
import { useContactSequenceStatus } from './hooks';
import { enrollCandidate, SEQUENCE_WRITES, type EnrollMeta } from './writes';

type EnrollParams = FunctionInput<'enroll-in-sequence'>;

/** What the card reads from HubSpot's context (a subset, so tests and the workbench can pass their own). */
export interface SequencesCardContext {
  crm: { objectId: number | string };
  user: { id: number | string; email: string; emails?: string[]; firstName?: string; lastName?: string };
  /** The portal's time zone: step dates are computed in it. */
  portal?: { timezone?: string };
}

export interface SequencesCardActions {
  addAlert: (alert: { type?: 'info' | 'warning' | 'success' | 'danger' | 'tip'; title?: string; message: string }) => void;
  refreshObjectProperties: () => void;
  closeOverlay: (id: string) => void;
}

export interface SequencesCardViewProps {
  context: SequencesCardContext;
  actions: SequencesCardActions;
  runFunction: RunFunction;
  /** Injected in tests. */
  now?: () => number;
  searchDebounceMs?: number;
}

export function SequencesCardView({ context, actions, runFunction, now = Date.now, searchDebounceMs = 300 }: SequencesCardViewProps) {
  const contactId = String(context.crm.objectId);
  const userId = String(context.user.id);
  const timeZone = context.portal?.timezone || undefined;
  const status = useContactSequenceStatus(runFunction, contactId, userId, timeZone);
  // Every enrollment this card sends, from the click to a read that shows it (shared/write-lifecycle.ts).
  const writes = useWrites(runFunction, status, SEQUENCE_WRITES, () => actions.refreshObjectProperties());
  const data = writes.shown;
  const refreshing = writes.refreshing;
  // An enrollment this card made that no read shows yet (HubSpot's read can lag).
  const justEnrolled = lastOf(writes.overRead, (w) => w.uid === 'enroll-in-sequence');

  const refreshingNote = refreshing ? (
    <Flex direction="row" gap="xs" align="center" testId="refreshing">
      <LoadingSpinner size="xs" label="Refreshing…" showLabel />
    </Flex>
  ) : null;

  // The contact's enrollment: from the status on screen (a read, or the one the enroll answer carried), else
  // from this card's own enroll answer while a read does not list it yet (HubSpot's read can lag, and may
  // fail): showing "Not in a sequence" then would invite a second enroll.
  const enrolled = data?.enrollment
    ? fromStatus(data, context, senderOf(writes.state, data))
    : justEnrolled?.uid === 'enroll-in-sequence' && justEnrolled.data
      ? fromEnrollAnswer(justEnrolled.data, justEnrolled.meta, context)
      : null;
  if (enrolled) {
    return (
      <Flex direction="column" gap="xs">
        <EnrolledSummary model={enrolled} now={now()} busy={refreshing} onRetrySteps={status.reload} />
        {refreshingNote}
        {!refreshing && status.error ? (
          <Text variant="microcopy" testId="refresh-failed">
            Enrolled, but the card could not re-read HubSpot: {status.error.message}
          </Text>
        ) : null}
      </Flex>
    );
  }

  if (status.pending && !data) return <LoadingSpinner label="Loading sequence status" layout="centered" testId="status-loading" />;
  if (status.error) return <FunctionErrorView title="Couldn't load sequences" error={status.error} onRetry={status.reload} />;
  if (!data) return null;

  const reasons = data.eligibility.reasons.filter((r) => r.code !== 'ALREADY_ENROLLED');
  if (reasons.length) {
    return (
      <Flex direction="column" gap="sm" testId="cannot-enroll">
        <Flex direction="row" gap="xs">
          <StatusTag variant="warning">Can't enroll</StatusTag>
        </Flex>
        {reasons.map((r) => (
          <Text key={r.code} testId={`reason-${r.code}`}>
            {r.message}
          </Text>
        ))}
        {refreshingNote}
      </Flex>
    );
  }

  const enroll = async (params: EnrollParams, meta: EnrollMeta) => {
    const w = await writes.send(enrollCandidate(params), meta);
    if (!w) return;
    // The lifecycle re-reads when the answer leaves the status out of date; the card says what happened.
    if (w.phase === 'confirmed' && w.uid === 'enroll-in-sequence' && w.data) {
      actions.addAlert({
        type: 'success',
        title: 'Enrolled',
        message: `Enrolled ${w.data.enrollment.toEmail || 'the contact'} in "${meta.sequenceName}", sending from ${w.data.enrollment.senderEmail}.`,
      });
    } else if (w.phase === 'unconfirmed') {
      // The card's own words: the function's sentence asks for a refresh the card has just made.
      actions.addAlert({
        type: 'warning',
        title: 'Enrollment not confirmed',
        message: `HubSpot did not confirm whether the contact was enrolled in "${meta.sequenceName}". The card has checked again: look at it before you retry.`,
      });
    } else if (w.error?.code === 'ALREADY_ENROLLED') {
      actions.addAlert({ type: 'warning', title: 'Already enrolled', message: w.error.message });
    } else return; // a refusal stays beside the button in the panel
    actions.closeOverlay(ENROLL_PANEL_ID);
  };

  return (
    <Flex direction="column" gap="sm" testId="not-enrolled">
      <Flex direction="row" gap="xs">
        <StatusTag variant="default">Not in a sequence</StatusTag>
      </Flex>
      <Text>This contact is not enrolled in a sequence.</Text>
      <Flex direction="row" gap="xs">
        <Button
          variant="primary"
          testId="open-enroll"
          disabled={refreshing}
          overlay={
            <EnrollPanel
              run={runFunction}
              contactId={contactId}
              userId={userId}
              userEmail={context.user.email}
              userEmails={context.user.emails ?? []}
              timeZone={timeZone}
              debounceMs={searchDebounceMs}
              writes={writes}
              onEnroll={enroll}
              onCancel={() => actions.closeOverlay(ENROLL_PANEL_ID)}
            />
          }
        >
          Enroll in sequence
        </Button>
        {writes.unconfirmed.length ? (
          // Only a read settles an unconfirmed enrollment: this re-reads, it does not forget it.
          <Button variant="secondary" disabled={refreshing} onClick={writes.recheck} testId="refresh">
            Refresh
          </Button>
        ) : null}
      </Flex>
      {refreshingNote}
    </Flex>
  );
}

function actingUser(context: SequencesCardContext): string {
  const name = [context.user.firstName, context.user.lastName].filter(Boolean).join(' ');
  return name ? `${name} (${context.user.email})` : context.user.email;
}

/** The sender of this card's enrollment shown by `status` (a status read does not name the sender). */
function senderOf(state: WritesState<EnrollMeta>, status: ContactSequenceStatus): string | undefined {
  const w = lastOf(state.writes, (x) => x.phase === 'confirmed' && x.uid === 'enroll-in-sequence' && x.data?.enrollment.id === status.enrollment?.id);
  return w?.uid === 'enroll-in-sequence' ? w.data?.enrollment.senderEmail : undefined;
}

function fromStatus(status: ContactSequenceStatus, context: SequencesCardContext, senderEmail?: string): EnrolledModel {
  const e = status.enrollment!;
  const byCurrentUser = String(e.enrolledBy) === String(context.user.id);
  return {
    sequenceId: e.sequenceId,
    sequenceName: e.sequenceName,
    enrolledAt: e.enrolledAt,
    enrolledBy: byCurrentUser ? actingUser(context) : e.enrolledByEmail || 'another user',
    toEmail: e.toEmail || undefined,
    ...(senderEmail ? { senderEmail } : {}),
    sequence: status.sequence,
    sequenceError: status.sequenceError,
  };
}

function fromEnrollAnswer(answer: EnrollResult, meta: EnrollMeta | undefined, context: SequencesCardContext): EnrolledModel {
  const e = answer.enrollment;
  return {
    sequenceId: e.sequenceId,
    sequenceName: meta?.sequenceName ?? '',
    enrolledAt: e.enrolledAt,
    enrolledBy: actingUser(context),
    toEmail: e.toEmail || undefined,
    senderEmail: e.senderEmail,
    // The preview's dates count from when it loaded (moments ago): close to the enrollment's own.
    sequence: meta?.preview && meta.preview.id === e.sequenceId ? meta.preview : null,
  };
}
