/**
 * No internal id and no placeholder in anything a rep or admin reads, on every flow we have: the flows
 * recorded from live portals (with HubSpot's names, and without any: the degraded case), every workflow
 * example in the seeds, and every flow the emulated portal serves.
 *
 * REP-FACING is every text of a decoded workflow the Workflows card shows outside "Advanced details":
 * the object label, the trigger (summary, lead, outline, re-enrollment), the goal, every step's name,
 * summary, details and jump, every branch's label and jump, the unreachable steps, the problems.
 * NOT rep-facing (the advanced details, or data the card does not print): flowId, objectTypeId, flowType,
 * trigger.type, trigger.eventTypeIds, actionId, actionTypeId, targetActionId, edgeType, executionOrder;
 * and the workflow's own name (the admin's text, shown as written).
 *
 * Refused there: an event type id (4-655002), an object type id (0-2, 2-34637667), the property-change
 * event's internal filter properties (hs_name, hs_value), and placeholders (?, undefined, null, NaN,
 * "not set", [object Object]). Ids HubSpot could not name (a list without the lists scope, a deleted
 * email) are numbers or form GUIDs and stay allowed: the panel says once which scope would name them.
 */
import { seedData } from '../../../portal/fixtures';
import { decodeFlow, flattenSteps, type FlowInput } from '../decode';
import { ID_AS_IS, type NameLookup } from '../../names/reference';
import type { DecodedWorkflow } from '../types';
import { sharedAvailable } from '../../../test/requirements';
import { loadRecordedFlows, RECORDED_NAMES } from './recorded';
import { loadSeedExamples } from './seed-examples';

/** Every rep-facing text of a decoded workflow (see the top), labelled by where it is. */
export function repFacingTexts(w: DecodedWorkflow): [where: string, text: string][] {
  const out: [string, string][] = [['objectLabel', w.objectLabel]];
  const t = w.trigger;
  out.push(['trigger.summary', t.summary], ['trigger.lead', t.lead], ['trigger.reEnrollmentSummary', t.reEnrollmentSummary], ['trigger.reEnrollmentLead', t.reEnrollmentLead]);
  for (const l of [...t.lines, ...t.reEnrollmentLines]) out.push(['trigger.line', l.text]);
  if (w.goal) out.push(['goal.summary', w.goal.summary], ['goal.lead', w.goal.lead], ...w.goal.lines.map((l): [string, string] => ['goal.line', l.text]));
  for (const { step } of flattenSteps([...w.steps, ...w.unreachable])) {
    const at = `step ${step.actionId}`;
    out.push([`${at} name`, step.name], [`${at} summary`, step.summary], ...step.details.map((d): [string, string] => [`${at} detail`, d]));
    if (step.jump) out.push([`${at} jump`, step.jump]);
    for (const b of step.branches) {
      out.push([`${at} branch`, b.label]);
      if (b.jump) out.push([`${at} branch jump`, b.jump]);
    }
  }
  for (const p of w.problems) out.push([`problem ${p.code}`, p.message]);
  return out;
}

const REFUSED: [what: string, re: RegExp][] = [
  ['an event type id', /\b4-\d+\b/],
  ['an object type id', /\b[02]-\d+\b/],
  ['hs_name / hs_value', /\bhs_(name|value)\b/],
  ['a placeholder', /(^|[\s(:])\?([\s),.:]|$)|\bundefined\b|\bnull\b|\bNaN\b|not set|\[object Object\]|\(empty\)/],
];

function offences(w: DecodedWorkflow): string[] {
  return repFacingTexts(w).flatMap(([where, text]) => REFUSED.filter(([, re]) => re.test(text)).map(([what]) => `${where}: ${what} in "${text}"`));
}

const flows: [source: string, flow: FlowInput, names: NameLookup][] = [];
if (sharedAvailable('realdata'))
  for (const { file, flow } of loadRecordedFlows()) flows.push([`recorded ${file} (names)`, flow, RECORDED_NAMES], [`recorded ${file} (no names)`, flow, ID_AS_IS]);
if (sharedAvailable('seeds')) for (const ex of loadSeedExamples()) flows.push([`seed ${ex.key}`, ex.flow, ID_AS_IS]);
for (const f of seedData().flows) flows.push([`portal flow ${String(f.id)} ${String(f.name)}`, f as unknown as FlowInput, ID_AS_IS]);

describe('rep-facing words: no internal ids, no placeholders', () => {
  it('walks the recorded flows, the seed examples and the portal flows', () => {
    // The recordings and seeds are skipped (loudly, by their own suites) only when shared/ is missing.
    expect(flows.filter(([s]) => s.startsWith('portal')).length).toBeGreaterThan(5);
    if (sharedAvailable('realdata')) expect(flows.filter(([s]) => s.startsWith('recorded')).length).toBe(36);
  });

  it.each(flows)('%s', (_source, flow, names) => {
    expect(offences(decodeFlow(flow, undefined, names))).toEqual([]);
  });

  it('the check itself catches each kind of offence', () => {
    const bad = decodeFlow({
      id: '1',
      objectTypeId: '0-1',
      startActionId: '1',
      actions: [{ actionId: '1', actionTypeId: '0-8', type: 'SINGLE_CONNECTION', fields: { user_ids: ['1'], subject: 'hs_value is ? for 4-655002 on 2-123, undefined' } }],
    });
    expect(offences(bad).join('\n')).toMatch(/event type id[\s\S]*object type id[\s\S]*hs_name[\s\S]*placeholder/);
  });
});
