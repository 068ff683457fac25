/**
 * Decodes a v4 workflow (ApiFlow) into words for a person: the actions in execution order with a
 * summary of their key fields, branches with their targets, GO-TO jumps, the enrollment trigger, and
 * the problems found in the graph (cycles, dangling edges, unreachable actions).
 *
 * Pure and defensive: the input is whatever HubSpot sent (or a seed example), read field by field.
 * Nothing here throws on odd input; unknown things are shown by their ids, never dropped.
 *
 * This file is the graph walk. The words live apart: trigger.ts and filters.ts (enrollment criteria,
 * list branches), actions.ts (structure and branches), describers/ (one describer per action type,
 * in a map keyed by action type id), names.ts (labels for ids, and the references they make).
 */
import { getSeedCatalog, type Catalog } from './catalog';
import { contextFor } from './context';
import { branchSpecs, describeAction, edgesOf, readConnection, structureOf } from './actions';
import { ID_AS_IS, recordingNames, type NameContext, type NameLookup } from './names';
import { arr, isObj, str, type Json } from './read';
import { decodeTrigger } from './trigger';
import type { DecodedBranch, DecodedStep, DecodedWorkflow, WorkflowProblem } from './types';
import { listOf } from './words';

const capitalize = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export { describeFilter, describeFilterBranch } from './filters';
export { decodeTrigger } from './trigger';

/** The parts of a flow the decoder reads; everything is optional and checked. */
export interface FlowInput {
  id?: unknown;
  name?: unknown;
  isEnabled?: unknown;
  objectTypeId?: unknown;
  type?: unknown;
  startActionId?: unknown;
  actions?: unknown;
  enrollmentCriteria?: unknown;
  [key: string]: unknown;
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

/**
 * Decodes a flow. `names` gives labels for the ids the words contain (default: none, ids shown as
 * they are); `collectReferences` in references.ts lists those ids.
 */
export function decodeFlow(flow: FlowInput, catalog: Catalog = getSeedCatalog(), names: NameLookup = ID_AS_IS): DecodedWorkflow {
  return decodeWith(flow, catalog, recordingNames(names));
}

/** The decoder over a given name context (references.ts passes a recording one). */
export function decodeWith(flow: FlowInput, catalog: Catalog, names: NameContext): DecodedWorkflow {
  const objectTypeId = str(flow.objectTypeId) ?? '';
  const ctx = contextFor(catalog, objectTypeId, names);
  const problems: WorkflowProblem[] = [];
  const byId = new Map<string, Json>();
  const allIds: string[] = [];
  arr(flow.actions).forEach((raw, index) => {
    const id = isObj(raw) ? str(raw.actionId) : undefined;
    if (!isObj(raw) || !id) {
      problems.push({ code: 'MALFORMED_ACTION', message: `Action #${index + 1} in the list has no actionId and cannot be placed in the workflow.` });
      return;
    }
    if (byId.has(id)) {
      problems.push({ code: 'DUPLICATE_ACTION_ID', message: `Two actions share the id ${id}; only the first is shown.`, actionId: id });
      return;
    }
    byId.set(id, raw);
    allIds.push(id);
  });

  const name = (id: string) => {
    const a = byId.get(id);
    return a ? describeAction(a, ctx).name : undefined;
  };
  const start = str(flow.startActionId);
  const visited = new Set<string>();
  const executionOrder: string[] = [];
  const deferred: string[] = [];
  const backEdges = start ? findBackEdges(start, byId) : new Set<string>();
  const reported = new Set<string>();
  const report = (p: WorkflowProblem) => {
    const key = `${p.code}:${p.message}`;
    if (!reported.has(key)) {
      reported.add(key);
      problems.push(p);
    }
  };

  /**
   * An edge that does not continue inline (a GO-TO, a join, a loop, a dangling target). Worded after
   * the walk, when every reachable action has its number: a GO-TO's target is numbered later.
   */
  interface Jump {
    from: string;
    target: string;
    edgeType: 'STANDARD' | 'GOTO';
    cycle: boolean;
    set: (words: string) => void;
  }
  const jumps: Jump[] = [];
  const edgeJump = (from: string, target: string, edgeType: 'STANDARD' | 'GOTO', set: (words: string) => void) => {
    jumps.push({ from, target, edgeType, cycle: backEdges.has(`${from}->${target}`), set });
  };

  /** Walks a straight chain from `first`; branches recurse into their paths. */
  const walk = (first: string, from: string | null, edgeType: 'STANDARD' | 'GOTO', setJump: (words: string) => void): DecodedStep[] => {
    const steps: DecodedStep[] = [];
    let cur: string | null = first;
    let prev = from;
    let et = edgeType;
    while (cur !== null) {
      if (!byId.has(cur) || visited.has(cur) || et === 'GOTO') {
        if (et === 'GOTO' && byId.has(cur) && !visited.has(cur)) deferred.push(cur);
        if (prev !== null) edgeJump(prev, cur, et, setJump);
        return steps;
      }
      const a = byId.get(cur)!;
      visited.add(cur);
      executionOrder.push(cur);
      const d = describeAction(a, ctx);
      const step: DecodedStep = { actionId: cur, actionTypeId: str(a.actionTypeId) ?? null, ...d, branches: [], jump: null, order: executionOrder.length };
      steps.push(step);
      const s = structureOf(a);
      if (s === 'STATIC_BRANCH' || s === 'LIST_BRANCH' || s === 'AB_TEST_BRANCH') {
        for (const spec of branchSpecs(a, ctx)) {
          const branch: DecodedBranch = {
            label: spec.label,
            isDefault: spec.isDefault,
            targetActionId: spec.connection?.target ?? null,
            edgeType: spec.connection?.edgeType ?? null,
            steps: [],
            jump: null,
          };
          if (spec.connection) branch.steps = walk(spec.connection.target, cur, spec.connection.edgeType, (words) => (branch.jump = words));
          step.branches.push(branch);
        }
        return steps;
      }
      const c = readConnection(a.connection);
      if (!c) return steps;
      if (c.edgeType === 'GOTO' || !byId.has(c.target) || visited.has(c.target)) {
        if (c.edgeType === 'GOTO' && byId.has(c.target) && !visited.has(c.target)) deferred.push(c.target);
        edgeJump(cur, c.target, c.edgeType, (words) => (step.jump = words));
        return steps;
      }
      prev = cur;
      cur = c.target;
      et = c.edgeType;
    }
    return steps;
  };

  let steps: DecodedStep[] = [];
  if (!start) {
    if (allIds.length) report({ code: 'MISSING_START', message: 'The workflow has actions but no start action (startActionId), so none of them run.' });
  } else if (!byId.has(start)) {
    // An empty workflow (no actions) is not a problem, whatever startActionId says.
    if (allIds.length || arr(flow.actions).length) report({ code: 'DANGLING_START', message: `The start action ${start} does not exist in this workflow.`, actionId: start });
  } else {
    steps = walk(start, null, 'STANDARD', () => undefined);
    // Actions reached only through a GO-TO are shown after the main path, in the order they were jumped to.
    while (deferred.length) {
      const next = deferred.shift()!;
      if (!visited.has(next)) steps.push(...walk(next, null, 'STANDARD', () => undefined));
    }
  }

  // Every reachable action has its number now: word the jumps and the graph problems by step number and name.
  const orderOf = new Map(executionOrder.map((id, i) => [id, i + 1]));
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
    const d = describeAction(a, ctx);
    const branches: DecodedBranch[] = branchSpecs(a, ctx).map((b) => ({
      label: b.label,
      isDefault: b.isDefault,
      targetActionId: b.connection?.target ?? null,
      edgeType: b.connection?.edgeType ?? null,
      steps: [],
      jump: b.connection ? offPathJump(b.connection.target) : null,
    }));
    const c = readConnection(a.connection);
    unreachable.push({ actionId: id, actionTypeId: str(a.actionTypeId) ?? null, ...d, branches, jump: c ? offPathJump(c.target) : null, order: 0 });
  }
  if (unreachable.length && start && byId.has(start)) {
    const n = unreachable.length;
    report({
      code: 'UNREACHABLE',
      message: `${n === 1 ? '1 action never runs' : `${n} actions never run`}: nothing leads to ${n === 1 ? 'it' : 'them'} from the start (${listOf(
        unreachable.map((u) => `"${u.summary}"`),
        10,
      )}).`,
    });
  }

  return {
    flowId: str(flow.id) ?? '',
    name: str(flow.name) ?? '(unnamed workflow)',
    isEnabled: flow.isEnabled === true,
    objectTypeId,
    objectLabel: catalog.objectTypeName(objectTypeId) ?? (objectTypeId ? `Object ${objectTypeId}` : 'Unknown object'),
    flowType: str(flow.type) ?? null,
    trigger: decodeTrigger(flow.enrollmentCriteria, catalog, ctx),
    steps,
    executionOrder,
    unreachable,
    problems,
    actionCount: allIds.length,
  };
}

/** Flattens the decoded tree (for plain lists and tests): each step with its nesting depth. */
export function flattenSteps(steps: DecodedStep[], depth = 0, out: { depth: number; step: DecodedStep; via?: string }[] = []) {
  for (const step of steps) {
    out.push({ depth, step });
    for (const b of step.branches) flattenSteps(b.steps, depth + 1, out);
  }
  return out;
}
