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
  return new FlowWalk(actions, start, ctx).result();
}

/** One walk's state: what is placed, numbered, deferred (GO-TO targets) and left to word (jumps). */
class FlowWalk {
  private readonly problems: WorkflowProblem[] = [];
  private readonly reported = new Set<string>();
  private readonly byId: Map<string, Json>;
  private readonly allIds: string[];
  private readonly described = new Map<string, DecodedStep>();
  private readonly visited = new Set<string>();
  private readonly executionOrder: string[] = [];
  private readonly deferred: string[] = [];
  private readonly jumps: Jump[] = [];
  private readonly backEdges: Set<string>;
  private orderOf = new Map<string, number>();

  constructor(
    private readonly actions: unknown[],
    private readonly start: string | undefined,
    private readonly ctx: DecodeContext,
  ) {
    ({ byId: this.byId, allIds: this.allIds } = indexActions(actions, (p) => this.report(p)));
    this.backEdges = start ? findBackEdges(start, this.byId) : new Set<string>();
  }

  result(): WalkResult {
    const steps = this.walkFromStart();
    // Every reachable action has its number now: word the jumps and the graph problems by step number and name.
    this.orderOf = new Map(this.executionOrder.map((id, i) => [id, i + 1]));
    this.wordJumps();
    const unreachable = this.unreachableSteps();
    return { steps, executionOrder: this.executionOrder, unreachable, problems: this.problems, actionCount: this.allIds.length };
  }

  private report(p: WorkflowProblem) {
    const key = `${p.code}:${p.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push(p);
  }

  /** The step of an action, described the first time it is needed (placed, jumped to, or unreachable). */
  private describe(id: string): DecodedStep {
    let step = this.described.get(id);
    if (!step) {
      const a = this.byId.get(id)!;
      step = { actionId: id, actionTypeId: str(a.actionTypeId) ?? null, ...describeAction(a, this.ctx), branches: [], jump: null, order: 0 };
      this.described.set(id, step);
    }
    return step;
  }

  private walkFromStart(): DecodedStep[] {
    const { start, byId, allIds } = this;
    if (!start) {
      if (allIds.length) this.report({ code: 'MISSING_START', message: 'The workflow has actions but no start action (startActionId), so none of them run.' });
      return [];
    }
    if (!byId.has(start)) {
      // An empty workflow (no actions) is not a problem, whatever startActionId says.
      if (allIds.length || this.actions.length) this.report({ code: 'DANGLING_START', message: `The start action ${start} does not exist in this workflow.`, actionId: start });
      return [];
    }
    const steps = this.walkChain(start, null, 'STANDARD', () => undefined);
    // Actions reached only through a GO-TO are shown after the main path, in the order they were jumped to.
    while (this.deferred.length) {
      const next = this.deferred.shift()!;
      if (!this.visited.has(next)) steps.push(...this.walkChain(next, null, 'STANDARD', () => undefined));
    }
    return steps;
  }

  /** Whether an edge stops the chain here (a GO-TO, a join, a dangling target): then it is a jump. */
  private stops(target: string, edgeType: EdgeType): boolean {
    return edgeType === 'GOTO' || !this.byId.has(target) || this.visited.has(target);
  }

  private stopAt(from: string, target: string, edgeType: EdgeType, set: (words: string) => void) {
    if (edgeType === 'GOTO' && this.byId.has(target) && !this.visited.has(target)) this.deferred.push(target);
    this.jumps.push({ from, target, edgeType, cycle: this.backEdges.has(`${from}->${target}`), set });
  }

  /** A straight chain from `first`; branches recurse into their paths. */
  private walkChain(first: string, from: string | null, edgeType: EdgeType, setJump: (words: string) => void): DecodedStep[] {
    const steps: DecodedStep[] = [];
    if (this.stops(first, edgeType)) {
      if (from !== null) this.stopAt(from, first, edgeType, setJump);
      return steps;
    }
    let cur = first;
    for (;;) {
      const a = this.byId.get(cur)!;
      this.visited.add(cur);
      this.executionOrder.push(cur);
      const step = this.describe(cur);
      step.order = this.executionOrder.length;
      steps.push(step);
      if (isBranch(a)) {
        step.branches = this.branchesOf(cur, a);
        return steps;
      }
      const c = readConnection(a.connection);
      if (!c) return steps; // the path ends here
      if (this.stops(c.target, c.edgeType)) {
        this.stopAt(cur, c.target, c.edgeType, (words) => (step.jump = words));
        return steps;
      }
      cur = c.target;
    }
  }

  private branchesOf(id: string, a: Json): DecodedBranch[] {
    return branchSpecs(a, this.ctx).map((spec) => {
      const branch: DecodedBranch = {
        label: spec.label,
        isDefault: spec.isDefault,
        targetActionId: spec.connection?.target ?? null,
        edgeType: spec.connection?.edgeType ?? null,
        steps: [],
        jump: null,
      };
      if (spec.connection) branch.steps = this.walkChain(spec.connection.target, id, spec.connection.edgeType, (words) => (branch.jump = words));
      return branch;
    });
  }

  private name(id: string): string {
    return this.describe(id).name;
  }

  private stepWords(id: string): string {
    return `step ${this.orderOf.get(id)} (${this.name(id)})`;
  }

  private wordJumps() {
    for (const j of this.jumps) {
      if (!this.byId.has(j.target)) {
        const message = `${capitalize(this.stepWords(j.from))} points to an action that does not exist in this workflow (id ${j.target}).`;
        this.report({ code: 'DANGLING_EDGE', message, actionId: j.from });
        j.set(`Go to a missing action (id ${j.target})`);
      } else if (j.cycle) {
        this.report({ code: 'CYCLE', message: `${capitalize(this.stepWords(j.from))} leads back to ${this.stepWords(j.target)}: the workflow loops.`, actionId: j.from });
        j.set(`Back to step ${this.orderOf.get(j.target)}: ${this.name(j.target)} (the workflow loops)`);
      } else {
        j.set(`${j.edgeType === 'GOTO' ? 'Go to' : 'Continue at'} step ${this.orderOf.get(j.target)}: ${this.name(j.target)}`);
      }
    }
  }

  /** An unreachable action's edge: to a numbered step, another unreachable action, or nothing. */
  private offPathJump(target: string): string {
    if (this.orderOf.has(target)) return `Go to step ${this.orderOf.get(target)}: ${this.name(target)}`;
    return this.byId.has(target) ? `Go to ${this.name(target)} (also never runs)` : `Go to a missing action (id ${target})`;
  }

  private unreachableSteps(): DecodedStep[] {
    const unreachable: DecodedStep[] = [];
    for (const id of this.allIds) {
      if (this.visited.has(id)) continue;
      const a = this.byId.get(id)!;
      const step = this.describe(id);
      step.branches = branchSpecs(a, this.ctx).map((b) => ({
        label: b.label,
        isDefault: b.isDefault,
        targetActionId: b.connection?.target ?? null,
        edgeType: b.connection?.edgeType ?? null,
        steps: [],
        jump: b.connection ? this.offPathJump(b.connection.target) : null,
      }));
      const c = readConnection(a.connection);
      step.jump = c ? this.offPathJump(c.target) : null;
      unreachable.push(step);
    }
    if (unreachable.length && this.start && this.byId.has(this.start)) {
      const n = unreachable.length;
      const what = unreachable.map((u) => `"${u.summary}"`);
      this.report({
        code: 'UNREACHABLE',
        message: `${n === 1 ? '1 action never runs' : `${n} actions never run`}: nothing leads to ${n === 1 ? 'it' : 'them'} from the start (${listOf(what, 10)}).`,
      });
    }
    return unreachable;
  }
}
