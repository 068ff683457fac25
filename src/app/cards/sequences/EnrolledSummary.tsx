import { Alert, Button, Flex, Panel, PanelBody, PanelSection, StatusTag, Text } from '@hubspot/ui-extensions';
import type { FunctionError } from '../shared/useFunction';
import type { SequenceDetails, SequenceStepView } from '../../../../server/sequences/types';
import { StepsList, stepTitle, stepWhen } from './StepsList';
import { expectedStepIndexFromDates, relativeTime } from './time';

export const STEPS_PANEL_ID = 'sequences-steps-panel';

/** What the enrolled summary shows: from the status read, or from the enroll answer until that read catches up. */
export interface EnrolledModel {
  sequenceId: string;
  sequenceName: string;
  enrolledAt: string;
  /** "Melinda Nelson (melinda@…)" or the enrolling user's email. */
  enrolledBy: string;
  toEmail?: string;
  /** Known right after enrolling (the enroll answer); the status read does not return it. */
  senderEmail?: string;
  sequence: SequenceDetails | null;
  sequenceError?: FunctionError;
}

interface Progress {
  /** Index in `steps` of the step the contact is expected to be on (the one the panel marks); -1 before the first step's date. */
  index: number;
  current?: SequenceStepView;
  next?: SequenceStepView;
  /** "Step 2 of 5": finish steps are not counted. */
  text?: string;
}

export function progressOf(seq: SequenceDetails): Progress {
  const today = seq.schedule?.today;
  const index = today ? expectedStepIndexFromDates(seq.steps, today) : -1;
  const counted = seq.steps.filter((s) => s.kind !== 'finish');
  const reached = index >= 0 ? seq.steps[index] : undefined;
  // Past the finish step's date the contact is done only if nothing waited for a task; otherwise the
  // last real step is as far as the dates can tell ("expected, if tasks are done").
  const current = reached?.kind === 'finish' ? (reached.expectedDateIsEarliest ? counted.at(-1) : undefined) : reached;
  const next = seq.steps.slice(index + 1).find((s) => s.kind !== 'finish');
  let text: string | undefined;
  if (reached?.kind === 'finish' && !current) text = `All ${counted.length} steps expected to be done`;
  else if (current)
    text = `Step ${counted.indexOf(current) + 1} of ${counted.length}${current.expectedDateIsEarliest || reached?.expectedDateIsEarliest ? ' (expected, if tasks are done)' : ''}`;
  else if (counted.length) text = `Not started: ${counted.length} steps`;
  // The step the summary names is the one the full list marks.
  return { index: current ? seq.steps.indexOf(current) : index, current, next, text };
}

/** The compact sidebar summary of an enrollment, with the full step list one click away. */
export function EnrolledSummary({ model, now, busy, onRetrySteps }: { model: EnrolledModel; now: number; busy: boolean; onRetrySteps: () => void }) {
  const seq = model.sequence;
  const progress = seq ? progressOf(seq) : null;
  return (
    <Flex direction="column" gap="xs" testId="enrolled">
      <Flex direction="row" gap="xs">
        <StatusTag variant="success">Enrolled</StatusTag>
      </Flex>
      <Text format={{ fontWeight: 'bold' }} testId="sequence-name">
        {model.sequenceName || 'A sequence without a name'}
      </Text>
      <Text testId="enrolled-by">
        Enrolled {relativeTime(model.enrolledAt, now)} by {model.enrolledBy}
      </Text>
      {model.senderEmail || model.toEmail ? (
        <Text variant="microcopy" testId="addresses">
          {model.senderEmail ? `From ${model.senderEmail}${model.toEmail ? ` to ${model.toEmail}` : ''}` : `Emails go to ${model.toEmail}`}
        </Text>
      ) : null}
      {seq && progress ? (
        <Flex direction="column" gap="flush" testId="progress-summary">
          {progress.text ? (
            <Text format={{ fontWeight: 'demibold' }} testId="progress">
              {progress.text}
            </Text>
          ) : null}
          {progress.current ? (
            <Text testId="current-step">
              Current: {stepTitle(progress.current)} · {lowerFirst(stepWhen(progress.current))}
            </Text>
          ) : null}
          {progress.next ? (
            <Text testId="next-step">
              Next: {stepTitle(progress.next)} · {lowerFirst(stepWhen(progress.next))}
            </Text>
          ) : null}
        </Flex>
      ) : model.sequenceError ? (
        <Alert title="Steps unavailable" variant="warning" testId="sequence-error">
          {model.sequenceError.message}
          {model.sequenceError.retryable ? (
            <Button size="xs" variant="transparent" onClick={onRetrySteps} disabled={busy} testId="retry-steps">
              Try again
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {seq ? (
        <Flex direction="row">
          <Button size="sm" variant="secondary" testId="view-steps" overlay={<StepsPanel sequence={seq} expectedIndex={progress?.index ?? -1} />}>
            View all steps
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}

/** Every step of the enrolled sequence, as managers read them. */
function StepsPanel({ sequence, expectedIndex }: { sequence: SequenceDetails; expectedIndex: number }) {
  const notes = [sequence.followUpDaysText, sequence.sendWindowText, sequence.schedule ? `Dates in ${sequence.schedule.timeZone}` : null].filter(Boolean);
  return (
    <Panel id={STEPS_PANEL_ID} title={sequence.name} width="md" testId="steps-panel">
      <PanelBody>
        <PanelSection>
          {notes.length ? <Text variant="microcopy">{notes.join(' · ')}.</Text> : null}
          {expectedIndex >= 0 ? (
            <Text variant="microcopy">"Expected now" is estimated from the enrollment date and the steps' delays; a task step waits until the task before it is done.</Text>
          ) : null}
          <StepsList steps={sequence.steps} expectedIndex={expectedIndex} testId="enrolled-steps" />
        </PanelSection>
      </PanelBody>
    </Panel>
  );
}

const lowerFirst = (s: string) => (/^(After|Earliest)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
