import { Flex, List, Tag, Text } from '@hubspot/ui-extensions';
import type { SequenceStepView } from '../../../../server/sequences/types';

/** A sequence's steps, inline, in order. `expectedIndex` marks where the contact is expected to be (not a fact). */
export function StepsList({ steps, expectedIndex = -1, testId }: { steps: SequenceStepView[]; expectedIndex?: number; testId?: string }) {
  if (!steps.length) return <Text variant="microcopy">This sequence has no steps.</Text>;
  return (
    <List variant="ordered" testId={testId}>
      {steps.map((step, i) => (
        <Flex key={step.id} direction="column" gap="flush" testId={`step-${step.number}`}>
          <Flex direction="row" gap="xs" align="center">
            <Text format={{ fontWeight: 'demibold' }} inline>
              {step.offsetText} · {step.kindLabel}
            </Text>
            {i === expectedIndex ? (
              <Tag variant="info" testId="expected-now">
                {step.kind === 'finish' ? 'Expected to have finished' : 'Expected now'}
              </Tag>
            ) : null}
          </Flex>
          {step.task?.subject ? <Text>{step.task.subject}</Text> : null}
          <Text variant="microcopy">
            {[step.delayText, step.task && step.task.priority !== 'NONE' ? step.task.priorityLabel : null, step.email ? `Template ${step.email.templateId}` : null, step.email?.threadText ?? null]
              .filter(Boolean)
              .join(' · ')}
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
