import { Accordion, Alert, Button, Flex, Heading, List, StatusTag, Text } from '@hubspot/ui-extensions';
import type { DecodedBranch, DecodedStep, DecodedWorkflow, TriggerLine } from '../../../../server/workflows/types';
import { flatSteps, workflowKindLabel } from './labels';

/**
 * What the view draws: a decoded workflow, or (flowId null, `stepsUnavailable` set) a legacy workflow
 * HubSpot has no v4 version of, of which only the name, status and kind are known (get-workflow).
 */
export type ShownWorkflow = Omit<DecodedWorkflow, 'flowId'> & { flowId: string | null; stepsUnavailable?: string };

/** An "Enroll in workflow" step to follow: the workflow it chains into, and where it was opened from (for "Back"). */
export interface ChainLink {
  flowId: string;
  fromName: string;
  fromStep: number;
}
type OpenStep = (step: DecodedStep) => void;

/**
 * A decoded workflow for a rep: status and kind, problems (warning), the trigger, then the steps. One
 * numbering: a step's number is its place in the list ("3. Edit records"), and jumps name their target
 * by it ("Go to step 3: Edit records"). Ids are in the "Advanced details" at the end only.
 * A workflow without v4 details looks the same, with what is known and a sentence instead of the steps.
 * With `onOpenWorkflow`, an "Enroll in workflow" step offers to open the workflow it chains into (ChainedWorkflows.tsx).
 */
export function DecodedWorkflowView({
  workflow,
  legacyWorkflowId,
  testId = 'decoded',
  onOpenWorkflow,
}: {
  workflow: ShownWorkflow;
  legacyWorkflowId?: string | null;
  testId?: string;
  onOpenWorkflow?: (link: ChainLink) => void;
}) {
  const t = workflow.trigger;
  const open: OpenStep | undefined = onOpenWorkflow
    ? (step) => {
        if (step.targetFlowId) onOpenWorkflow({ flowId: step.targetFlowId, fromName: workflow.name, fromStep: step.order });
      }
    : undefined;
  // Test ids are prefixed with the view's own: a picker preview and a workflow panel may both be drawn.
  const tid = (name: string) => `${testId}-${name}`;
  const ids = (
    <Text variant="microcopy" testId={tid('ids')}>
      {workflow.flowId ? `Workflow id ${workflow.flowId}` : 'No v4 workflow id'}
      {legacyWorkflowId ? ` · legacy id ${legacyWorkflowId}` : ''}
    </Text>
  );
  if (workflow.stepsUnavailable !== undefined) {
    return (
      <Flex direction="column" gap="sm" testId={testId}>
        <WorkflowStatusLine isEnabled={workflow.isEnabled} kind={workflowKindLabel(workflow.objectTypeId, workflow.objectLabel)} />
        <Text testId={tid('no-details')}>{workflow.stepsUnavailable}</Text>
        <Accordion title="Advanced details" size="sm" testId={tid('advanced')}>
          {ids}
        </Accordion>
      </Flex>
    );
  }
  return (
    <Flex direction="column" gap="sm" testId={testId}>
      <WorkflowStatusLine isEnabled={workflow.isEnabled} kind={workflowKindLabel(workflow.objectTypeId, workflow.objectLabel)} />
      {workflow.problems.length ? (
        <Alert title="Problems in this workflow" variant="warning" testId={tid('problems')}>
          {workflow.problems.map((p) => p.message).join(' ')}
        </Alert>
      ) : null}
      <Heading>Enrollment trigger</Heading>
      <Outlined summary={t.summary} lead={t.lead} lines={t.lines} testId={tid('trigger')} />
      {t.reEnrollment && t.reEnrollmentLines.length >= 2 ? (
        <Outlined summary={t.reEnrollmentSummary} lead={t.reEnrollmentLead} lines={t.reEnrollmentLines} testId={tid('re-enrollment')} />
      ) : (
        <Text variant="microcopy" testId={tid('re-enrollment')}>
          {t.reEnrollmentSummary}
        </Text>
      )}
      {workflow.goal ? <Outlined summary={workflow.goal.summary} lead={workflow.goal.lead} lines={workflow.goal.lines} testId={tid('goal')} /> : null}
      <Heading>Steps ({workflow.actionCount})</Heading>
      {workflow.steps.length ? (
        <StepsTree steps={workflow.steps} prefix={testId} open={open} />
      ) : (
        <Text testId={tid('no-steps')}>{workflow.actionCount ? 'No step runs: see the problems above.' : 'This workflow has no steps.'}</Text>
      )}
      {workflow.unreachable.length ? (
        <Flex direction="column" gap="xs" testId={tid('unreachable')}>
          <Text format={{ fontWeight: 'bold' }}>Never run (nothing leads to them from the start)</Text>
          <StepsTree steps={workflow.unreachable} prefix={`${testId}-unreachable`} open={open} />
        </Flex>
      ) : null}
      <Accordion title="Advanced details" size="sm" testId={tid('advanced')}>
        <Flex direction="column" gap="flush">
          {ids}
          {t.eventTypeIds?.length ? (
            <Text variant="microcopy" testId={tid('event-types')}>
              Trigger event type {t.eventTypeIds.join(', ')}
            </Text>
          ) : null}
          {flatSteps(workflow.steps).map((s) => (
            <Text key={s.actionId} variant="microcopy" testId={tid(`advanced-${s.actionId}`)}>
              Step {s.order}: action {s.actionId}
              {s.actionTypeId ? ` · type ${s.actionTypeId}` : ''}
            </Text>
          ))}
          {workflow.unreachable.map((s) => (
            <Text key={s.actionId} variant="microcopy">
              Never run: action {s.actionId}
              {s.actionTypeId ? ` · type ${s.actionTypeId}` : ''}
            </Text>
          ))}
        </Flex>
      </Accordion>
    </Flex>
  );
}

/** "On · Contact-based workflow": the same line in the list, the panels and the picker. */
export function WorkflowStatusLine({ isEnabled, kind }: { isEnabled: boolean | null; kind: string }) {
  return (
    <Flex direction="row" gap="xs" align="center" wrap="wrap">
      {isEnabled === null ? null : <StatusTag variant={isEnabled ? 'success' : 'default'}>{isEnabled ? 'On' : 'Off'}</StatusTag>}
      <Text variant="microcopy">{kind}</Text>
    </Flex>
  );
}

/** The sentence alone, or (when the outline says more) its lead and the outline: never both. */
function Outlined({ summary, lead, lines, testId }: { summary: string; lead: string; lines: TriggerLine[]; testId: string }) {
  if (lines.length < 2) return <Text testId={`${testId}-summary`}>{summary}</Text>;
  return (
    <Flex direction="column" gap="flush" testId={`${testId}-lines`}>
      <Text testId={`${testId}-summary`}>{lead}</Text>
      {lines.map((l, i) => (
        <Text key={i} variant="microcopy">
          {`${'\u00a0\u00a0'.repeat(l.depth + 1)}${l.text}`}
        </Text>
      ))}
    </Flex>
  );
}

/** Steps without list markers (the number is the marker); branches are the bulleted paths inside a step. */
export function StepsTree({ steps, prefix, open }: { steps: DecodedStep[]; prefix: string; open?: OpenStep }) {
  return (
    <List variant="unordered">
      {steps.map((step) => (
        <StepItem key={step.actionId} step={step} prefix={prefix} open={open} />
      ))}
    </List>
  );
}

function StepItem({ step, prefix, open }: { step: DecodedStep; prefix: string; open?: OpenStep }) {
  return (
    <Flex direction="column" gap="flush" testId={`${prefix}-step-${step.actionId}`}>
      <Text format={{ fontWeight: 'bold' }}>
        {step.order ? `${step.order}. ` : ''}
        {step.name}
        {step.kind === 'unknown' ? ' ⚠' : ''}
      </Text>
      {step.summary !== step.name ? <Text>{step.summary}</Text> : null}
      {step.details.map((d, i) => (
        <Text key={i} variant="microcopy">
          {d}
        </Text>
      ))}
      {open && step.targetFlowId ? (
        <Flex direction="row">
          <Button variant="secondary" size="xs" onClick={() => open(step)} testId={`${prefix}-open-chained-${step.actionId}`}>
            Open this workflow
          </Button>
        </Flex>
      ) : null}
      {step.jump ? <Text testId={`${prefix}-jump-${step.actionId}`}>↪ {step.jump}</Text> : null}
      {step.branches.length ? (
        <List variant="unordered-styled">
          {step.branches.map((b, i) => (
            <BranchItem key={i} branch={b} prefix={prefix} open={open} testId={`${prefix}-branch-${step.actionId}-${i}`} />
          ))}
        </List>
      ) : null}
    </Flex>
  );
}

function BranchItem({ branch, prefix, open, testId }: { branch: DecodedBranch; prefix: string; open?: OpenStep; testId: string }) {
  return (
    <Flex direction="column" gap="flush" testId={testId}>
      <Text format={{ fontWeight: 'demibold' }}>
        {branch.isDefault ? '' : 'If '}
        {branch.label}
      </Text>
      {branch.steps.length ? <StepsTree steps={branch.steps} prefix={prefix} open={open} /> : null}
      {branch.jump ? <Text>↪ {branch.jump}</Text> : null}
      {!branch.steps.length && !branch.jump ? <Text variant="microcopy">Ends the workflow.</Text> : null}
    </Flex>
  );
}
