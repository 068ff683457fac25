/**
 * Decodes a v4 workflow (ApiFlow) into words for a person: the actions in execution order with a
 * summary of their key fields, branches with their targets, GO-TO jumps, the enrollment trigger, and
 * the problems found in the graph (cycles, dangling edges, unreachable actions).
 *
 * Pure and defensive: the input is whatever HubSpot sent (or a seed example), read field by field.
 * Nothing here throws on odd input; unknown things are shown by their ids, never dropped.
 *
 * One walk, one wording: `readFlow` walks the flow once (walk.ts) and describes each action once, every
 * id a name slot (names.ts); `wordFlow` fills the slots once HubSpot's names are known. The words live
 * apart: trigger.ts and filters.ts (enrollment criteria, list branches, goals), actions.ts (structure and
 * branches), describers/ (one describer per action type, in a map keyed by action type id).
 */
import { getSeedCatalog, type Catalog } from './catalog';
import { contextFor } from './context';
import { objectPlural } from './describers/shared';
import { slottedNames, type SlottedNames } from './names';
import { ID_AS_IS, type NameLookup, type Reference } from '../names/reference';
import { arr, str } from './read';
import { describeGoal, decodeTrigger } from './trigger';
import type { DecodedStep, DecodedWorkflow } from './types';
import { walkFlow } from './walk';

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

/**
 * A flow read once: the decoded workflow whose words hold a name slot for every id they show, and
 * those ids. Read its structure (steps, action types, ids) freely; show it only through `wordFlow`.
 */
export interface FlowStructure {
  slotted: DecodedWorkflow;
  /** Every id the words show, each once, in the order the walk meets them (actions, the object, the trigger, the goal). */
  references: Reference[];
  names: SlottedNames;
}

/** Walks the flow once: its steps, branches, trigger and problems, every id a name slot. Pure. */
export function readFlow(flow: FlowInput, catalog: Catalog = getSeedCatalog()): FlowStructure {
  const names = slottedNames();
  const objectTypeId = str(flow.objectTypeId) ?? '';
  const ctx = contextFor(catalog, objectTypeId, names);
  const walked = walkFlow(arr(flow.actions), str(flow.startActionId), ctx);
  const slotted: DecodedWorkflow = {
    flowId: str(flow.id) ?? '',
    name: str(flow.name) ?? '(unnamed workflow)',
    isEnabled: flow.isEnabled === true,
    objectTypeId,
    objectLabel: objectPlural(ctx, objectTypeId),
    flowType: str(flow.type) ?? null,
    trigger: decodeTrigger(flow.enrollmentCriteria, catalog, ctx),
    ...walked,
  };
  const goal = describeGoal(flow.goalFilterBranch, ctx);
  if (goal) slotted.goal = goal;
  return { slotted, references: names.references, names };
}

/** The words of a read flow with HubSpot's names (`lookup`; without one, ids and humanized names). */
export function wordFlow(structure: FlowStructure, lookup: NameLookup = ID_AS_IS): DecodedWorkflow {
  const worded = structure.names.fill(structure.slotted, lookup);
  // An action type the seed catalog lacks but the portal's live catalog names is no longer unknown.
  const known = (s: DecodedStep) => {
    if (s.kind === 'unknown' && s.actionTypeId && lookup.label({ kind: 'actionType', id: s.actionTypeId })) s.kind = 'action';
    for (const b of s.branches) b.steps.forEach(known);
  };
  worded.steps.forEach(known);
  worded.unreachable.forEach(known);
  return worded;
}

/** Reads and words a flow in one go (tests, tools): `names` gives labels for the ids the words contain. */
export function decodeFlow(flow: FlowInput, catalog: Catalog = getSeedCatalog(), names: NameLookup = ID_AS_IS): DecodedWorkflow {
  return wordFlow(readFlow(flow, catalog), names);
}

/** Flattens the decoded tree (for plain lists and tests): each step with its nesting depth. */
export function flattenSteps(steps: DecodedStep[], depth = 0, out: { depth: number; step: DecodedStep; via?: string }[] = []) {
  for (const step of steps) {
    out.push({ depth, step });
    for (const b of step.branches) flattenSteps(b.steps, depth + 1, out);
  }
  return out;
}
