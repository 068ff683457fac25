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

  /** Words for an edge that does not continue inline: a GO-TO, a join, a loop, or a dangling target. */
  const edgeJump = (from: string, target: string, edgeType: 'STANDARD' | 'GOTO'): string => {
    if (!byId.has(target)) {
      report({ code: 'DANGLING_EDGE', message: `Action ${from} points to action ${target}, which does not exist in this workflow.`, actionId: from });
      return `Go to missing action ${target}`;
    }
    const label = name(target);
    if (backEdges.has(`${from}->${target}`)) {
      report({ code: 'CYCLE', message: `Action ${from} leads back to action ${target}: the workflow loops.`, actionId: from });
      return `Back to action ${target}${label ? ` (${label})` : ''}: loop`;
    }
    return `${edgeType === 'GOTO' ? 'Go to' : 'Continue at'} action ${target}${label ? ` (${label})` : ''}`;
  };

  /** Walks a straight chain from `first`; branches recurse into their paths. */
  const walk = (first: string, from: string | null, edgeType: 'STANDARD' | 'GOTO'): { steps: DecodedStep[]; jump: string | null } => {
    const steps: DecodedStep[] = [];
    let cur: string | null = first;
    let prev = from;
    let et = edgeType;
    while (cur !== null) {
      if (!byId.has(cur) || visited.has(cur) || et === 'GOTO') {
        if (et === 'GOTO' && byId.has(cur) && !visited.has(cur)) deferred.push(cur);
        const jump = prev === null ? null : edgeJump(prev, cur, et);
        return { steps, jump };
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
          if (spec.connection) {
            const sub = walk(spec.connection.target, cur, spec.connection.edgeType);
            branch.steps = sub.steps;
            branch.jump = sub.jump;
          }
          step.branches.push(branch);
        }
        return { steps, jump: null };
      }
      const c = readConnection(a.connection);
      if (!c) return { steps, jump: null };
      if (c.edgeType === 'GOTO' || !byId.has(c.target) || visited.has(c.target)) {
        if (c.edgeType === 'GOTO' && byId.has(c.target) && !visited.has(c.target)) deferred.push(c.target);
        step.jump = edgeJump(cur, c.target, c.edgeType);
        return { steps, jump: null };
      }
      prev = cur;
      cur = c.target;
      et = c.edgeType;
    }
    return { steps, jump: null };
  };

  let steps: DecodedStep[] = [];
  if (!start) {
    if (allIds.length) report({ code: 'MISSING_START', message: 'The workflow has actions but no start action (startActionId), so none of them run.' });
  } else if (!byId.has(start)) {
    // An empty workflow (no actions) is not a problem, whatever startActionId says.
    if (allIds.length || arr(flow.actions).length) report({ code: 'DANGLING_START', message: `The start action ${start} does not exist in this workflow.`, actionId: start });
  } else {
    steps = walk(start, null, 'STANDARD').steps;
    // Actions reached only through a GO-TO are shown after the main path, in the order they were jumped to.
    while (deferred.length) {
      const next = deferred.shift()!;
      if (!visited.has(next)) steps.push(...walk(next, null, 'STANDARD').steps);
    }
  }

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
      jump: b.connection ? `Go to action ${b.connection.target}` : null,
    }));
    const c = readConnection(a.connection);
    unreachable.push({ actionId: id, actionTypeId: str(a.actionTypeId) ?? null, ...d, branches, jump: c ? `Go to action ${c.target}` : null, order: 0 });
  }
  if (unreachable.length && start && byId.has(start)) {
    report({
      code: 'UNREACHABLE',
      message: `${unreachable.length === 1 ? 'Action' : 'Actions'} ${listOf(unreachable.map((u) => u.actionId), 10)} ${unreachable.length === 1 ? 'is' : 'are'} not reachable from the start action and never run.`,
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

