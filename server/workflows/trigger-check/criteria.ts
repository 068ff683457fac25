/**
 * The enrollment criteria by trigger type (automation-v4.json enrollmentCriteria):
 *  - LIST_BASED: `listFilterBranch` is checked as it stands; re-enrollment triggers
 *    (`reEnrollmentTriggersFilterBranches`, any of) the same way when `shouldReEnroll`;
 *  - EVENT_BASED: any of the events (unknown: the app cannot see past events) or list joins, and then
 *    `refinementCriteria`, which the contact must meet: not met there decides "does not meet";
 *  - MANUAL and anything else: nothing the app can check.
 * `criteriaNeeds` lists what the check will read: the properties its filters compare, and whether lists.
 */
import { arr, isObj, str, type Json } from '../read';
import { checkBranch, checkGroup, combine, EVENT_WHY, type CheckEnv, type Checked } from './evaluate';

export function checkCriteria(criteria: unknown, env: CheckEnv): Checked {
  if (!isObj(criteria)) return nothingToCheck('No enrollment trigger is set', 'Contacts are enrolled by hand or through the API only, so there is nothing to check.');
  const type = str(criteria.type)?.toUpperCase();
  if (type === 'LIST_BASED') return checkBranch(criteria.listFilterBranch, env, 0);
  if (type === 'EVENT_BASED') return checkEvents(criteria, env);
  if (type === 'MANUAL')
    return nothingToCheck('Enrolled by hand only', 'This workflow has no trigger: contacts are enrolled by hand or through the API, so there is nothing to check.');
  return nothingToCheck('A trigger this app does not read', 'The app cannot check this kind of trigger.');
}

/** Any of the re-enrollment triggers; undefined when re-enrollment is off or names no trigger. */
export function checkReEnrollment(criteria: unknown, env: CheckEnv): Checked | undefined {
  if (!isObj(criteria) || criteria.shouldReEnroll !== true) return undefined;
  const triggers = arr(criteria.reEnrollmentTriggersFilterBranches);
  if (!triggers.length) return undefined;
  return checkGroup(
    'OR',
    triggers.map((branch) => ({ branch })),
    env,
    0,
    triggers.length > 1,
  );
}

function checkEvents(criteria: Json, env: CheckEnv): Checked {
  const starts = [...arr(criteria.eventFilterBranches), ...arr(criteria.listMembershipFilterBranches)];
  const events: Checked = starts.length
    ? checkGroup(
        'OR',
        starts.map((branch) => ({ branch })),
        env,
        0,
        starts.length > 1,
      )
    : { result: 'unknown', lines: [{ text: 'No events are set', result: 'unknown', depth: 0, why: EVENT_WHY }] };
  // Joining a list is an event too: being in it now does not enroll, so such a line stays unknown.
  for (const l of events.lines) if (l.result !== 'unknown') Object.assign(l, l.text.endsWith(':') ? { result: 'unknown' } : { result: 'unknown', why: EVENT_WHY });
  events.result = 'unknown';
  if (!isObj(criteria.refinementCriteria)) return events;
  const only = checkBranch(criteria.refinementCriteria, env, 1);
  const result = combine('AND', [events.result, only.result]);
  return { result, lines: [...events.lines, { text: 'Only if:', result: only.result, depth: 0 }, ...only.lines] };
}

function nothingToCheck(text: string, why: string): Checked {
  return { result: 'unknown', lines: [{ text, result: 'unknown', depth: 0, why }] };
}

export interface CriteriaNeeds {
  properties: Set<string>;
  lists: boolean;
}

/** The contact's properties and lists the check compares (events and associated records are not read). */
export function criteriaNeeds(criteria: unknown): CriteriaNeeds {
  const needs: CriteriaNeeds = { properties: new Set(), lists: false };
  if (!isObj(criteria)) return needs;
  const type = str(criteria.type)?.toUpperCase();
  const roots =
    type === 'LIST_BASED'
      ? [criteria.listFilterBranch, ...(criteria.shouldReEnroll === true ? arr(criteria.reEnrollmentTriggersFilterBranches) : [])]
      : type === 'EVENT_BASED'
        ? [criteria.refinementCriteria, ...arr(criteria.listMembershipFilterBranches)]
        : [];
  for (const root of roots) walk(root, needs);
  return needs;
}

function walk(branch: unknown, needs: CriteriaNeeds): void {
  if (!isObj(branch)) return;
  const type = str(branch.filterBranchType)?.toUpperCase();
  if (type === 'UNIFIED_EVENTS' || type === 'ASSOCIATION') return;
  for (const f of arr(branch.filters)) {
    if (!isObj(f)) continue;
    if (str(f.filterType)?.toUpperCase() === 'IN_LIST') needs.lists = true;
    const property = str(f.property);
    if (property) needs.properties.add(property);
    const op = isObj(f.operation) ? f.operation : {};
    const other = str(op.comparisonPropertyName);
    if (other) needs.properties.add(other);
    for (const point of [op.timePoint, op.lowerBoundTimePoint, op.upperBoundTimePoint]) if (isObj(point) && str(point.property)) needs.properties.add(str(point.property)!);
  }
  for (const child of arr(branch.filterBranches)) walk(child, needs);
}
