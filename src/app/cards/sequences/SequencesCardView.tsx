import { useState } from 'react';
import { Button, Flex, LoadingSpinner, StatusTag, Text } from '@hubspot/ui-extensions';
import { FunctionErrorView } from '../shared/FunctionErrorView';
import { useUnconfirmedWrites, type UnconfirmedWrite } from '../shared/unconfirmed-writes';
import type { RunFunction } from '../shared/useFunction';
import type { ContactSequenceStatus, EnrollResult, SequenceDetails } from '../../../../server/sequences/types';
import { EnrolledSummary, type EnrolledModel } from './EnrolledSummary';
import { EnrollPanel, ENROLL_PANEL_ID } from './EnrollPanel';
import { useContactSequenceStatus } from './hooks';

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

/** An enrollment the card made itself: shown from the enroll answer until the status read lists it. */
interface JustEnrolled {
  result: EnrollResult;
  sequenceName: string;
  preview: SequenceDetails | null;
}

export function SequencesCardView({ context, actions, runFunction, now = Date.now, searchDebounceMs = 300 }: SequencesCardViewProps) {
  const contactId = String(context.crm.objectId);
  const userId = String(context.user.id);
  const timeZone = context.portal?.timezone || undefined;
  const status = useContactSequenceStatus(runFunction, contactId, userId, timeZone);
  const [justEnrolled, setJustEnrolled] = useState<JustEnrolled | null>(null);
  const data = status.data;
  // Enrollments that ended OUTCOME_UNKNOWN: not offered again (panel reopened or not) until a status read shows them.
  const unconfirmed = useUnconfirmedWrites(contactId, data, readShowsEnrollment);
  // A reload running over data already on screen: say so, and offer no action until it is back.
  const refreshing = status.pending && (data !== null || justEnrolled !== null);

  const refreshingNote = refreshing ? (
    <Flex direction="row" gap="xs" align="center" testId="refreshing">
      <LoadingSpinner size="xs" label="Refreshing…" showLabel />
    </Flex>
  ) : null;

  // The enrollment this card just made wins over a read that does not list it yet (HubSpot's read can lag,
  // and the read may fail): the enroll answer is proof, and showing "Not in a sequence" would invite a second enroll.
  if (justEnrolled && !data?.enrollment) {
    return (
      <Flex direction="column" gap="xs">
        <EnrolledSummary model={fromEnrollAnswer(justEnrolled, context)} now={now()} busy={refreshing} onRetrySteps={status.reload} />
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

  if (data.enrollment) {
    return (
      <Flex direction="column" gap="xs">
        <EnrolledSummary model={fromStatus(data, context)} now={now()} busy={refreshing} onRetrySteps={status.reload} />
        {refreshingNote}
      </Flex>
    );
  }

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

  const reloadAfterWrite = () => {
    status.reload();
    actions.refreshObjectProperties();
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
              onCancel={() => actions.closeOverlay(ENROLL_PANEL_ID)}
              onEnrolled={(result, sequenceName, preview) => {
                // Enrolled state at once, from the answer; the status read refreshes behind it.
                setJustEnrolled({ result, sequenceName, preview });
                actions.addAlert({
                  type: 'success',
                  title: 'Enrolled',
                  message: `Enrolled ${result.enrollment.toEmail || 'the contact'} in "${sequenceName}", sending from ${result.enrollment.senderEmail}.`,
                });
                reloadAfterWrite();
              }}
              onAlreadyEnrolled={(message) => {
                actions.addAlert({ type: 'warning', title: 'Already enrolled', message });
                status.reload();
                actions.closeOverlay(ENROLL_PANEL_ID);
              }}
              isUnconfirmed={(sequenceId) => unconfirmed.find(sequenceId) !== null}
              onOutcomeUnknown={(message, sequenceId) => {
                unconfirmed.add('enroll', sequenceId);
                actions.addAlert({ type: 'warning', title: 'Enrollment not confirmed', message: `${message} The card has checked again: look at it before you retry.` });
                reloadAfterWrite();
              }}
            />
          }
        >
          Enroll in sequence
        </Button>
        {unconfirmed.writes.length ? (
          // Only a read settles an unconfirmed enrollment: this re-reads, it does not forget it.
          <Button variant="secondary" disabled={refreshing} onClick={status.reload} testId="refresh">
            Refresh
          </Button>
        ) : null}
      </Flex>
      {refreshingNote}
    </Flex>
  );
}

/** A status read settles an unconfirmed enrollment when it shows the contact enrolled in that sequence. */
function readShowsEnrollment(read: ContactSequenceStatus, w: UnconfirmedWrite<'enroll'>): boolean {
  return read.enrollment?.sequenceId === w.targetId;
}

function actingUser(context: SequencesCardContext): string {
  const name = [context.user.firstName, context.user.lastName].filter(Boolean).join(' ');
  return name ? `${name} (${context.user.email})` : context.user.email;
}

function fromStatus(status: ContactSequenceStatus, context: SequencesCardContext): EnrolledModel {
  const e = status.enrollment!;
  const byCurrentUser = String(e.enrolledBy) === String(context.user.id);
  return {
    sequenceId: e.sequenceId,
    sequenceName: e.sequenceName,
    enrolledAt: e.enrolledAt,
    enrolledBy: byCurrentUser ? actingUser(context) : e.enrolledByEmail || 'another user',
    toEmail: e.toEmail || undefined,
    sequence: status.sequence,
    sequenceError: status.sequenceError,
  };
}

function fromEnrollAnswer(j: JustEnrolled, context: SequencesCardContext): EnrolledModel {
  const e = j.result.enrollment;
  return {
    sequenceId: e.sequenceId,
    sequenceName: j.sequenceName,
    enrolledAt: e.enrolledAt,
    enrolledBy: actingUser(context),
    toEmail: e.toEmail || undefined,
    senderEmail: e.senderEmail,
    // The preview's dates count from when it loaded (moments ago): close to the enrollment's own.
    sequence: j.preview && j.preview.id === e.sequenceId ? j.preview : null,
  };
}
