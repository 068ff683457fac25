import { useState, type ReactNode } from 'react';
import { Button, Flex, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import { FunctionErrorView } from '../shared/FunctionErrorView';
import type { RunFunction } from '../shared/useFunction';
import { DecodedWorkflowView, type ChainLink } from './DecodedWorkflowView';
import { useChainedWorkflow } from './hooks';
import { NameNotices } from './NameNotices';

export interface Chain {
  /** The chained workflows opened, in order; empty: the workflow the chain starts from is shown. */
  trail: ChainLink[];
  open: (link: ChainLink) => void;
  back: () => void;
  reset: () => void;
}

/**
 * Where the rep is in a chain of workflows. Held by the panel: while a chained workflow is shown, the
 * panel's write (enroll, unenroll) is not offered, since it is for the workflow the chain starts from.
 */
export function useChain(): Chain {
  const [trail, setTrail] = useState<ChainLink[]>([]);
  return {
    trail,
    open: (link) => setTrail((t) => [...t, link]),
    back: () => setTrail((t) => t.slice(0, -1)),
    reset: () => setTrail([]),
  };
}

/**
 * A workflow's decoded view in which "Enroll in workflow" steps open the workflow they chain into, in
 * place (a panel holds one view; HubSpot opens one overlay at a time), with "Back" to where it came
 * from. Chains cross no object type in HubSpot (seed 002: "another workflow of the same type"), but the
 * target is read without the contact, so a company or custom-object chain opens the same way.
 * `children` draws the workflow the chain starts from, given the opener to pass to its view.
 */
export function ChainedWorkflows({ run, chain, testId, children }: { run: RunFunction; chain: Chain; testId: string; children: (open: (link: ChainLink) => void) => ReactNode }) {
  const { trail, open } = chain;
  const here = trail[trail.length - 1];
  if (!here) return <>{children(open)}</>;
  return (
    <Flex direction="column" gap="sm" testId={`${testId}-chained`}>
      <Flex direction="row" gap="xs" align="center" wrap="wrap">
        <Button variant="secondary" size="xs" onClick={chain.back} testId={`${testId}-chained-back`}>
          ← Back to {here.fromName}
        </Button>
        <Text variant="microcopy">
          {here.fromStep
            ? `Step ${here.fromStep} of "${here.fromName}" enrolls records in this workflow.`
            : `A step of "${here.fromName}" that never runs would enroll records in this workflow.`}
        </Text>
      </Flex>
      {/* keyed by place in the trail: following a chain again (A → B → A) starts a fresh read */}
      <ChainedWorkflow key={trail.length} run={run} link={here} onOpenWorkflow={open} testId={`${testId}-chained`} />
    </Flex>
  );
}

/** The chained workflow for reading: name, notices, decoded view; a spinner while it loads, an error with "Try again" when that can help. */
function ChainedWorkflow({ run, link, onOpenWorkflow, testId }: { run: RunFunction; link: ChainLink; onOpenWorkflow: (link: ChainLink) => void; testId: string }) {
  const details = useChainedWorkflow(run, link.flowId);
  const d = details.data;
  if (details.pending) return <LoadingSpinner label="Loading the workflow" testId={`${testId}-loading`} />;
  if (details.error) return <FunctionErrorView title="Couldn't load this workflow" error={details.error} onRetry={details.reload} />;
  if (!d) return null;
  return (
    <Flex direction="column" gap="sm">
      <Text format={{ fontWeight: 'bold' }} testId={`${testId}-name`}>
        {d.name}
      </Text>
      <NameNotices notices={d.nameNotices} testId={`${testId}-name-notices`} />
      <DecodedWorkflowView workflow={d} legacyWorkflowId={d.legacyWorkflowId} testId={`${testId}-decoded`} onOpenWorkflow={onOpenWorkflow} />
    </Flex>
  );
}
