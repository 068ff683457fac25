import { Flex, List, Tag, Text } from '@hubspot/ui-extensions';
import type { SequenceStepView } from '../../../../server/sequences/types';
import { stepWhenText } from './time';

/** "Thu, Nov 19" (or "After step 2 is done, earliest …"); the day offset only when the function gave no date. */
export function stepWhen(step: SequenceStepView): string {
  const when = stepWhenText(step) ?? step.offsetText;
  return step.sendWindow ? `${when}, sends ${step.sendWindow.start}–${step.sendWindow.end}` : when;
}

/** "Call task: Call Ben about the intro email", "Automated email: Intro – short and friendly". */
export function stepTitle(step: SequenceStepView): string {
  if (step.task?.subject) return `${step.kindLabel}: ${step.task.subject}`;
  if (step.email) return `${step.kindLabel}: ${step.email.templateLabel ?? `Email template ${step.email.templateId}`}`;
  return step.kindLabel;
}

/** A sequence's steps, inline, in order. `expectedIndex` marks where the contact is expected to be (not a fact). */
export function StepsList({ steps, expectedIndex = -1, testId }: { steps: SequenceStepView[]; expectedIndex?: number; testId?: string }) {
  if (!steps.length) return <Text variant="microcopy">This sequence has no steps.</Text>;
  return (
    <List variant="ordered" testId={testId}>
      {steps.map((step, i) => (
        <Flex key={step.id} direction="column" gap="flush" testId={`step-${step.number}`}>
          <Flex direction="row" gap="xs" align="center">
            <Text format={{ fontWeight: 'demibold' }} inline>
              {stepWhen(step)} · {step.kindLabel}
            </Text>
            {i === expectedIndex ? (
              <Tag variant="info" testId="expected-now">
                {step.kind === 'finish' ? 'Expected to have finished' : 'Expected now'}
              </Tag>
            ) : null}
          </Flex>
          {step.task?.subject ? <Text>{step.task.subject}</Text> : null}
          {step.email ? <Text>{step.email.templateLabel ?? `Email template ${step.email.templateId}`}</Text> : null}
          <Text variant="microcopy">
            {[step.delayText, step.task && step.task.priority !== 'NONE' ? step.task.priorityLabel : null, step.email?.threadText ?? null].filter(Boolean).join(' · ')}
          </Text>
          {step.task?.notes ? <Text variant="microcopy">Notes: {step.task.notes}</Text> : null}
          {step.dependencies.map((d) => (
            <Text key={`${d.type}-${d.stepNumber}`} variant="microcopy">
              {d.text}
            </Text>
          ))}
        </Flex>
      ))}
    </List>
  );
}
