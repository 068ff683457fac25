/**
 * The graph walk of a flow: the actions in execution order as a tree (branches nest their paths),
 * GO-TOs and joins as jumps worded by step number once every step has one, the graph's problems
 * (cycles, dangling edges, unreachable actions). Each action is described once, as it is reached.
 */
import type { DecodeContext } from './context';
import { branchSpecs, describeAction, edgesOf, readConnection, structureOf } from './actions';
import { isObj, str, type Json } from './read';
import type { DecodedBranch, DecodedStep, WorkflowProblem } from './types';
import { listOf } from './words';

type EdgeType = 'STANDARD' | 'GOTO';

/**
 * An edge that does not continue inline (a GO-TO, a join, a loop, a dangling target). Worded after
 * the walk, when every reachable action has its number: a GO-TO's target is numbered later.
 */
interface Jump {
  from: string;
  target: string;
  edgeType: EdgeType;
  cycle: boolean;
  set: (words: string) => void;
}

export interface WalkResult {
  steps: DecodedStep[];
  executionOrder: string[];
  unreachable: DecodedStep[];
  problems: WorkflowProblem[];
  actionCount: number;
}

/** The actions by id, in list order; malformed and duplicate ones reported, not placed. */
function indexActions(actions: unknown[], report: (p: WorkflowProblem) => void): { byId: Map<string, Json>; allIds: string[] } {
  const byId = new Map<string, Json>();
  const allIds: string[] = [];
  actions.forEach((raw, index) => {
    const id = isObj(raw) ? str(raw.actionId) : undefined;
    if (!isObj(raw) || !id) {
      report({ code: 'MALFORMED_ACTION', message: `Action #${index + 1} in the list has no actionId and cannot be placed in the workflow.` });
      return;
    }
    if (byId.has(id)) {
      report({ code: 'DUPLICATE_ACTION_ID', message: `Two actions share the id ${id}; only the first is shown.`, actionId: id });
      return;
    }
    byId.set(id, raw);
    allIds.push(id);
  });
  return { byId, allIds };
}

/** Back edges (from→to) of a DFS over every edge from the start: each one closes a cycle. Iterative. */
function findBackEdges(start: string, byId: Map<string, Json>): Set<string> {
  const back = new Set<string>();
  const color = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  const stack: { id: string; targets: string[]; i: number }[] = [];
  const push = (id: string) => {
    color.set(id, 1);
    stack.push({ id, targets: edgesOf(byId.get(id)!).map((e) => e.target), i: 0 });
  };
  if (!byId.has(start)) return back;
  push(start);
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.i >= top.targets.length) {
      color.set(top.id, 2);
      stack.pop();
      continue;
    }
    const t = top.targets[top.i++];
    if (!byId.has(t)) continue;
    const c = color.get(t);
    if (c === 1) back.add(`${top.id}->${t}`);
    else if (c === undefined) push(t);
  }
  return back;
}

const capitalize = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const isBranch = (a: Json) => ['STATIC_BRANCH', 'LIST_BRANCH', 'AB_TEST_BRANCH'].includes(structureOf(a));

/** Walks the flow from `start`: one pass, each action described once. */
export function walkFlow(actions: unknown[], start: string | undefined, ctx: DecodeContext): WalkResult {
  const problems: WorkflowProblem[] = [];
  const reported = new Set<string>();
  const report = (p: WorkflowProblem) => {
    const key = `${p.code}:${p.message}`;
    if (reported.has(key)) return;
    reported.add(key);
    problems.push(p);
  };
  const { byId, allIds } = indexActions(actions, report);
  const described = new Map<string, DecodedStep>();
  const describe = (id: string): DecodedStep => {
    let step = described.get(id);
    if (!step) {
      const a = byId.get(id)!;
      step = { actionId: id, actionTypeId: str(a.actionTypeId) ?? null, ...describeAction(a, ctx), branches: [], jump: null, order: 0 };
      described.set(id, step);
    }
    return step;
  };
  const visited = new Set<string>();
  const executionOrder: string[] = [];
  const deferred: string[] = [];
  const jumps: Jump[] = [];
  const backEdges = start ? findBackEdges(start, byId) : new Set<string>();
  const edgeJump = (from: string, target: string, edgeType: EdgeType, set: (words: string) => void) =>
    jumps.push({ from, target, edgeType, cycle: backEdges.has(`${from}->${target}`), set });
  /** Whether an edge stops the chain here (a GO-TO, a join, a dangling target): then it is a jump. */
  const stops = (target: string, edgeType: EdgeType) => edgeType === 'GOTO' || !byId.has(target) || visited.has(target);
  const stopAt = (from: string, target: string, edgeType: EdgeType, set: (words: string) => void) => {
    if (edgeType === 'GOTO' && byId.has(target) && !visited.has(target)) deferred.push(target);
    edgeJump(from, target, edgeType, set);
  };

  const branchesOf = (id: string, a: Json): DecodedBranch[] =>
    branchSpecs(a, ctx).map((spec) => {
      const branch: DecodedBranch = {
        label: spec.label,
        isDefault: spec.isDefault,
        targetActionId: spec.connection?.target ?? null,
        edgeType: spec.connection?.edgeType ?? null,
        steps: [],
        jump: null,
      };
      if (spec.connection) branch.steps = walkChain(spec.connection.target, id, spec.connection.edgeType, (words) => (branch.jump = words));
      return branch;
    });

  /** A straight chain from `first`; branches recurse into their paths. */
  function walkChain(first: string, from: string | null, edgeType: EdgeType, setJump: (words: string) => void): DecodedStep[] {
    const steps: DecodedStep[] = [];
    if (stops(first, edgeType)) {
      if (from !== null) stopAt(from, first, edgeType, setJump);
      return steps;
    }
    let cur = first;
    for (;;) {
      const a = byId.get(cur)!;
      visited.add(cur);
      executionOrder.push(cur);
      const step = describe(cur);
      step.order = executionOrder.length;
      steps.push(step);
      if (isBranch(a)) {
        step.branches = branchesOf(cur, a);
        return steps;
      }
      const c = readConnection(a.connection);
      if (!c) return steps; // the path ends here
      if (stops(c.target, c.edgeType)) {
        stopAt(cur, c.target, c.edgeType, (words) => (step.jump = words));
        return steps;
      }
      cur = c.target;
    }
  }

  let steps: DecodedStep[] = [];
  if (!start) {
    if (allIds.length) report({ code: 'MISSING_START', message: 'The workflow has actions but no start action (startActionId), so none of them run.' });
  } else if (!byId.has(start)) {
    // An empty workflow (no actions) is not a problem, whatever startActionId says.
    if (allIds.length || actions.length) report({ code: 'DANGLING_START', message: `The start action ${start} does not exist in this workflow.`, actionId: start });
  } else {
    steps = walkChain(start, null, 'STANDARD', () => undefined);
    // Actions reached only through a GO-TO are shown after the main path, in the order they were jumped to.
    while (deferred.length) {
      const next = deferred.shift()!;
      if (!visited.has(next)) steps.push(...walkChain(next, null, 'STANDARD', () => undefined));
    }
  }

  // Every reachable action has its number now: word the jumps and the graph problems by step number and name.
  const orderOf = new Map(executionOrder.map((id, i) => [id, i + 1]));
  const name = (id: string) => describe(id).name;
  const stepWords = (id: string) => `step ${orderOf.get(id)} (${name(id)})`;
  for (const j of jumps) {
    if (!byId.has(j.target)) {
      report({ code: 'DANGLING_EDGE', message: `${capitalize(stepWords(j.from))} points to an action that does not exist in this workflow (id ${j.target}).`, actionId: j.from });
      j.set(`Go to a missing action (id ${j.target})`);
    } else if (j.cycle) {
      report({ code: 'CYCLE', message: `${capitalize(stepWords(j.from))} leads back to ${stepWords(j.target)}: the workflow loops.`, actionId: j.from });
      j.set(`Back to step ${orderOf.get(j.target)}: ${name(j.target)} (the workflow loops)`);
    } else {
      j.set(`${j.edgeType === 'GOTO' ? 'Go to' : 'Continue at'} step ${orderOf.get(j.target)}: ${name(j.target)}`);
    }
  }

  /** An unreachable action's edge: to a numbered step, another unreachable action, or nothing. */
  const offPathJump = (target: string) =>
    orderOf.has(target)
      ? `Go to step ${orderOf.get(target)}: ${name(target)}`
      : byId.has(target)
        ? `Go to ${name(target)} (also never runs)`
        : `Go to a missing action (id ${target})`;
  const unreachable: DecodedStep[] = [];
  for (const id of allIds) {
    if (visited.has(id)) continue;
    const a = byId.get(id)!;
    const step = describe(id);
    step.branches = branchSpecs(a, ctx).map((b) => ({
      label: b.label,
      isDefault: b.isDefault,
      targetActionId: b.connection?.target ?? null,
      edgeType: b.connection?.edgeType ?? null,
      steps: [],
      jump: b.connection ? offPathJump(b.connection.target) : null,
    }));
    const c = readConnection(a.connection);
    step.jump = c ? offPathJump(c.target) : null;
    unreachable.push(step);
  }
  if (unreachable.length && start && byId.has(start)) {
    const n = unreachable.length;
    const what = unreachable.map((u) => `"${u.summary}"`);
    report({
      code: 'UNREACHABLE',
      message: `${n === 1 ? '1 action never runs' : `${n} actions never run`}: nothing leads to ${n === 1 ? 'it' : 'them'} from the start (${listOf(what, 10)}).`,
    });
  }
  return { steps, executionOrder, unreachable, problems, actionCount: allIds.length };
}
