import { Alert, Button, Flex, LoadingSpinner, StatusTag, Text } from '@hubspot/ui-extensions';
import { FunctionErrorView } from '../shared/FunctionErrorView';
import type { RunFunction } from '../shared/useFunction';
import type { ContactSequenceStatus } from '../../../../server/sequences/types';
import { EnrollPanel, ENROLL_PANEL_ID } from './EnrollPanel';
import { useContactSequenceStatus } from './hooks';
import { StepsList } from './StepsList';
import { expectedStepIndex, relativeTime } from './time';

/** What the card reads from HubSpot's context (a subset, so tests and the workbench can pass their own). */
export interface SequencesCardContext {
  crm: { objectId: number | string };
  user: { id: number | string; email: string; emails?: string[]; firstName?: string; lastName?: string };
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
  const status = useContactSequenceStatus(runFunction, contactId, userId);

  if (status.pending && !status.data) return <LoadingSpinner label="Loading sequence status" layout="centered" testId="status-loading" />;
  if (status.error) return <FunctionErrorView title="Couldn't load sequences" error={status.error} onRetry={status.reload} />;
  if (!status.data) return null;
  const data = status.data;

  if (data.enrollment) return <EnrolledView status={data} context={context} now={now()} onRetry={status.reload} />;

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
      </Flex>
    );
  }

  return (
    <Flex direction="column" gap="sm" testId="not-enrolled">
      <Flex direction="row" gap="xs">
        <StatusTag variant="default">Not in a sequence</StatusTag>
      </Flex>
      <Text>This contact is not enrolled in a sequence.</Text>
      <Flex direction="row">
        <Button
          variant="primary"
          testId="open-enroll"
          overlay={
            <EnrollPanel
              run={runFunction}
              contactId={contactId}
              userId={userId}
              userEmail={context.user.email}
              userEmails={context.user.emails ?? []}
              debounceMs={searchDebounceMs}
              onEnrolled={(result, sequenceName) => {
                actions.addAlert({
                  type: 'success',
                  title: 'Enrolled',
                  message: `Enrolled ${result.enrollment.toEmail || 'the contact'} in "${sequenceName}", sending from ${result.enrollment.senderEmail}.`,
                });
                status.reload();
                actions.refreshObjectProperties();
                actions.closeOverlay(ENROLL_PANEL_ID);
              }}
              onAlreadyEnrolled={(message) => {
                actions.addAlert({ type: 'warning', title: 'Already enrolled', message });
                status.reload();
                actions.closeOverlay(ENROLL_PANEL_ID);
              }}
              onOutcomeUnknown={(message) => {
                actions.addAlert({ type: 'warning', title: 'Enrollment not confirmed', message: `${message} The card has checked again: look at it before you retry.` });
                status.reload();
                actions.refreshObjectProperties();
                actions.closeOverlay(ENROLL_PANEL_ID);
              }}
            />
          }
        >
          Enroll in sequence
        </Button>
      </Flex>
    </Flex>
  );
}

function EnrolledView({ status, context, now, onRetry }: { status: ContactSequenceStatus; context: SequencesCardContext; now: number; onRetry: () => void }) {
  const e = status.enrollment!;
  const byCurrentUser = String(e.enrolledBy) === String(context.user.id);
  const name = [context.user.firstName, context.user.lastName].filter(Boolean).join(' ');
  const by = byCurrentUser && name ? `${name} (${e.enrolledByEmail})` : e.enrolledByEmail || 'another user';
  const seq = status.sequence;
  const expected = seq ? expectedStepIndex(seq.steps, e.enrolledAt, now, seq.eligibleFollowUpDays) : -1;
  return (
    <Flex direction="column" gap="sm" testId="enrolled">
      <Flex direction="row" gap="xs">
        <StatusTag variant="success">Enrolled</StatusTag>
      </Flex>
      <Text format={{ fontWeight: 'bold' }} testId="sequence-name">
        {e.sequenceName || `Sequence ${e.sequenceId}`}
      </Text>
      <Text testId="enrolled-by">
        Enrolled {relativeTime(e.enrolledAt, now)} by {by}
      </Text>
      {e.toEmail ? <Text variant="microcopy">Emails go to {e.toEmail}.</Text> : null}
      {seq ? (
        <Flex direction="column" gap="xs">
          {expected >= 0 ? (
            <Text variant="microcopy">
              "Expected now" is estimated from the enrollment date and the steps' delays; task steps may still be waiting to be completed.
            </Text>
          ) : null}
          <StepsList steps={seq.steps} expectedIndex={expected} testId="enrolled-steps" />
        </Flex>
      ) : status.sequenceError ? (
        <Alert title="Steps unavailable" variant="warning" testId="sequence-error">
          {status.sequenceError.message}
          {status.sequenceError.retryable ? (
            <Button size="xs" variant="transparent" onClick={onRetry} testId="retry-steps">
              Try again
            </Button>
          ) : null}
        </Alert>
      ) : null}
    </Flex>
  );
}
