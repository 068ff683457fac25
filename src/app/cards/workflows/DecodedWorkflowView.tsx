import { Alert, Flex, Heading, List, StatusTag, Text } from '@hubspot/ui-extensions';
import type { DecodedBranch, DecodedStep, DecodedWorkflow, TriggerLine } from '../../../../server/workflows/types';

/** A decoded workflow for a person: problems first (warning), the trigger, then the steps as nested lists. */
export function DecodedWorkflowView({ workflow, testId = 'decoded-workflow' }: { workflow: DecodedWorkflow; testId?: string }) {
  return (
    <Flex direction="column" gap="sm" testId={testId}>
      <Flex direction="row" gap="xs" wrap="wrap">
        <StatusTag variant={workflow.isEnabled ? 'success' : 'default'}>{workflow.isEnabled ? 'On' : 'Off'}</StatusTag>
        <Text variant="microcopy">
          {workflow.objectLabel}
          {workflow.flowType ? ` · ${workflow.flowType === 'CONTACT_FLOW' ? 'contact-based' : 'platform'} workflow` : ''} · flow {workflow.flowId}
        </Text>
      </Flex>
      {workflow.problems.length ? (
        <Alert title="Problems in this workflow" variant="warning" testId="workflow-problems">
          {workflow.problems.map((p) => p.message).join(' ')}
        </Alert>
      ) : null}
      <Heading>Enrollment trigger</Heading>
      <Text testId="trigger-summary">{workflow.trigger.summary}</Text>
      <TriggerOutline lines={workflow.trigger.lines} testId="trigger-lines" />
      <Text variant="microcopy" testId="re-enrollment">
        {workflow.trigger.reEnrollmentSummary}
      </Text>
      <TriggerOutline lines={workflow.trigger.reEnrollmentLines} testId="re-enrollment-lines" />
      <Heading>
        Actions ({workflow.actionCount})
      </Heading>
      {workflow.steps.length ? (
        <StepsTree steps={workflow.steps} testId="steps" />
      ) : (
        <Text testId="no-steps">{workflow.actionCount ? 'No action runs: see the problems above.' : 'This workflow has no actions.'}</Text>
      )}
      {workflow.unreachable.length ? (
        <Flex direction="column" gap="xs" testId="unreachable">
          <Text format={{ fontWeight: 'bold' }}>Not reachable from the start (never run)</Text>
          <StepsTree steps={workflow.unreachable} testId="unreachable-steps" />
        </Flex>
      ) : null}
    </Flex>
  );
}

function TriggerOutline({ lines, testId }: { lines: TriggerLine[]; testId: string }) {
  if (lines.length < 2) return null;
  return (
    <Flex direction="column" gap="flush" testId={testId}>
      {lines.map((l, i) => (
        <Text key={i} variant="microcopy">
          {`${'· '.repeat(l.depth + 1)}${l.text}`}
        </Text>
      ))}
    </Flex>
  );
}

export function StepsTree({ steps, testId }: { steps: DecodedStep[]; testId?: string }) {
  return (
    <List variant="unordered-styled" testId={testId}>
      {steps.map((step) => (
        <StepItem key={step.actionId} step={step} />
      ))}
    </List>
  );
}

function StepItem({ step }: { step: DecodedStep }) {
  return (
    <Flex direction="column" gap="flush" testId={`step-${step.actionId}`}>
      <Text format={{ fontWeight: 'bold' }}>
        {step.order ? `${step.order}. ` : ''}
        {step.name}
        {step.kind === 'unknown' ? ' ⚠' : ''}
      </Text>
      <Text>{step.summary}</Text>
      {step.details.map((d, i) => (
        <Text key={i} variant="microcopy">
          {d}
        </Text>
      ))}
      <Text variant="microcopy">Action {step.actionId}{step.actionTypeId ? ` · type ${step.actionTypeId}` : ''}</Text>
      {step.jump ? <Text testId={`jump-${step.actionId}`}>↪ {step.jump}</Text> : null}
      {step.branches.length ? (
        <List variant="unordered" testId={`branches-${step.actionId}`}>
          {step.branches.map((b, i) => (
            <BranchItem key={i} branch={b} testId={`branch-${step.actionId}-${i}`} />
          ))}
        </List>
      ) : null}
    </Flex>
  );
}

function BranchItem({ branch, testId }: { branch: DecodedBranch; testId: string }) {
  return (
    <Flex direction="column" gap="flush" testId={testId}>
      <Text format={{ fontWeight: 'demibold' }}>
        {branch.isDefault ? '' : 'If '}
        {branch.label}
      </Text>
      {branch.steps.length ? <StepsTree steps={branch.steps} /> : null}
      {branch.jump ? <Text>↪ {branch.jump}</Text> : null}
      {!branch.steps.length && !branch.jump ? <Text variant="microcopy">Ends the workflow.</Text> : null}
    </Flex>
  );
}
