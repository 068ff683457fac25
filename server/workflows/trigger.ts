/** The enrollment trigger in words: what enrolls a record, re-enrollment, unenrollment. */
import type { Catalog } from './catalog';
import { contextFor, type DecodeContext } from './context';
import { describeFilterBranch } from './filters';
import { arr, isObj, str } from './read';
import type { DecodedGoal, DecodedTrigger } from './types';
import { objectPlural } from './describers/shared';
import { brief, humanizeValue } from './words';

export function decodeTrigger(criteria: unknown, catalog: Catalog, ctx: DecodeContext = contextFor(catalog)): DecodedTrigger {
  const base: DecodedTrigger = {
    type: 'NONE',
    summary: 'No enrollment trigger is set: records enter only when enrolled by hand or through the API.',
    lines: [],
    lead: 'Enrolls when:',
    reEnrollment: false,
    reEnrollmentSummary: 'Re-enrollment is off.',
    reEnrollmentLines: [],
    reEnrollmentLead: 'Re-enrollment is on when:',
    unenrollWhenNotMeetingCriteria: false,
  };
  if (!isObj(criteria)) return base;
  if (!str(criteria.type)) return base;
  const type = str(criteria.type)!.toUpperCase();
  const t: DecodedTrigger = { ...base, type, reEnrollment: criteria.shouldReEnroll === true };
  t.unenrollWhenNotMeetingCriteria = criteria.unEnrollObjectsNotMeetingCriteria === true;
  // The event types (trigger and re-enrollment events), for the advanced details only: the words name them.
  const ids = [...arr(criteria.eventFilterBranches), ...arr(criteria.reEnrollmentTriggersFilterBranches)]
    .map((e) => (isObj(e) ? str(e.eventTypeId) : undefined))
    .filter((id): id is string => !!id);
  if (ids.length) t.eventTypeIds = [...new Set(ids)];

  if (type === 'EVENT_BASED') {
    const events = arr(criteria.eventFilterBranches);
    const parts: string[] = [];
    if (events.length > 1) t.lines.push({ depth: 0, text: 'Any of these events (OR):' });
    for (const e of events) parts.push(describeFilterBranch(e, catalog, events.length > 1 ? 1 : 0, t.lines, ctx));
    let summary = parts.length ? `Enrolls when: ${parts.join(' OR ')}` : 'No trigger events are chosen: records enter only when enrolled by hand or through the API.';
    const memberships = arr(criteria.listMembershipFilterBranches);
    if (memberships.length) {
      t.lines.push({ depth: 0, text: parts.length ? 'Or when list membership changes:' : 'When list membership changes:' });
      const m = memberships.map((b) => describeFilterBranch(b, catalog, 1, t.lines, { ...ctx, listMembershipChange: true }));
      summary = `${parts.length ? `${summary} OR ` : 'Enrolls when: '}${m.join(' OR ')}`;
    }
    if (isObj(criteria.refinementCriteria)) {
      t.lines.push({ depth: 0, text: 'Only if:' });
      const r = describeFilterBranch(criteria.refinementCriteria, catalog, 1, t.lines, ctx);
      if (r) summary += `, only if ${r}`;
    }
    t.summary = summary;
    t.reEnrollmentSummary = t.reEnrollment ? 'Re-enrollment is on: a record re-enrolls each time the trigger event happens.' : 'Re-enrollment is off.';
  } else if (type === 'LIST_BASED') {
    t.lead = 'Enrolls when the record meets:';
    const text = describeFilterBranch(criteria.listFilterBranch, catalog, 0, t.lines, ctx);
    t.summary = text && text !== 'no criteria' ? `Enrolls when the record meets: ${text}` : 'Filter-based trigger with no filters configured.';
    const triggers = arr(criteria.reEnrollmentTriggersFilterBranches);
    if (t.reEnrollment) {
      const parts = triggers.map((b) => describeFilterBranch(b, catalog, 0, t.reEnrollmentLines, ctx));
      t.reEnrollmentSummary = parts.length ? `Re-enrollment is on when: ${parts.join(' OR ')}` : 'Re-enrollment is on (no re-enrollment triggers selected).';
    } else {
      t.reEnrollmentSummary = 'Re-enrollment is off.';
    }
    if (t.unenrollWhenNotMeetingCriteria) t.lines.push({ depth: 0, text: 'Records that stop meeting the criteria are unenrolled.' });
  } else if (type === 'MANUAL') {
    const records = objectPlural(ctx, ctx.objectTypeId).toLowerCase();
    t.summary = `Manual enrollment only: ${records} are enrolled by hand (from a record or a list), by another workflow, or through the API.`;
    t.reEnrollmentSummary = t.reEnrollment ? 'Re-enrollment is on.' : 'Re-enrollment is off.';
  } else if (type === 'DATASET') {
    t.summary = `Enrolls the records of dataset ${brief(criteria.datasetId)}${criteria.subviewId ? ` (view ${brief(criteria.subviewId)})` : ''}.`;
    t.reEnrollmentSummary = t.reEnrollment ? 'Re-enrollment is on.' : 'Re-enrollment is off.';
  } else {
    t.summary = `Enrolls through a kind of trigger this app does not describe (${humanizeValue(type).toLowerCase()}).`;
    t.reEnrollmentSummary = t.reEnrollment ? 'Re-enrollment is on.' : 'Re-enrollment is off.';
  }
  return t;
}

/**
 * The workflow's goal (`goalFilterBranch`, as live portals send it): records that meet it leave the
 * workflow. Undefined when the flow has none.
 */
export function describeGoal(branch: unknown, ctx: DecodeContext): DecodedGoal | undefined {
  if (!isObj(branch)) return undefined;
  const lines: DecodedGoal['lines'] = [];
  const text = describeFilterBranch(branch, ctx.catalog, 0, lines, ctx);
  if (!text || text === 'no criteria') return undefined;
  return { summary: `Goal: ${text}. Records that meet the goal leave the workflow.`, lead: 'Goal: records leave the workflow when they meet:', lines };
}
