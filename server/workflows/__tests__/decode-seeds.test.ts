/**
 * Every workflow JSON example in the seeds (000, 001, 002, 003) decoded, with specific words asserted
 * for each. 001 shows its examples only as prose ("The response above…"): it contributes none.
 */
import { decodeFlow, flattenSteps } from '../decode';
import type { DecodedWorkflow } from '../types';
import { loadSeedExamples, type SeedExample } from './seed-examples';
import { needsShared } from '../../../test/requirements';

const d = needsShared('seeds', 'the seed decoder tests (every workflow example in the seeds decoded)');

/** Everything a person would read about a workflow, as one string. */
function text(w: DecodedWorkflow): string {
  const parts: string[] = [w.name, w.trigger.summary, w.trigger.reEnrollmentSummary, ...w.trigger.lines.map((l) => l.text)];
  for (const { step } of flattenSteps(w.steps)) {
    parts.push(`[${step.actionId}] ${step.name}: ${step.summary}`, ...step.details);
    if (step.jump) parts.push(step.jump);
    for (const b of step.branches) parts.push(`${b.label} -> ${b.targetActionId ?? 'end'}${b.jump ? ` ${b.jump}` : ''}`);
  }
  for (const u of w.unreachable) parts.push(`unreachable ${u.actionId} ${u.summary}`);
  for (const p of w.problems) parts.push(`${p.code} ${p.message}`);
  return parts.join('\n');
}

/** For field-only fragments the seed names the action in the heading above; the test supplies that id. */
const FRAGMENT_TYPE: Record<string, string> = {
  '003#5': '0-35', // "Delay until date property:"
  '003#6': '0-1', // "Delay for set time (6 hours = 360 minutes):"
};

const EXPECT: Record<string, { words: string[]; order?: string[]; problems?: string[] }> = {
  '000#0': {
    order: ['1', '3', '2'],
    words: [
      'Create record',
      'Create ticket: Review new form submission',
      'Pipeline stage = 1',
      'Associated with the enrolled contact',
      "Copies the enrolled contact's associations",
      'Delay for a set amount of time',
      'Wait 1 day',
      'Send marketing email 113782603056',
      'Enrolls when: Submitted form 2f5cc7f8-d359-4e9c-a770-dd42ea07d217',
      'Re-enrollment is off',
    ],
    problems: [],
  },
  '000#1': {
    order: ['1', '2'],
    words: ['Add to list 178', 'Send in-app notification to user 2620022: New form submission', 'Enrolls when: Submitted a form', 'Re-enrollment is off'],
    problems: [],
  },
  '000#2': {
    order: ['4', '5'],
    words: ['Contact Us Simple Flow [2025]', 'Wait 1 day', 'Send marketing email 35431921489', 'Submitted form 1c2c34c5-c98b-4241-abea-ef227575335b', 'Re-enrollment is on'],
    problems: [],
  },
  '002#0': { words: ['Delay until a calendar date', 'Wait until 27 Jun 2024 at 12:00', 'Go to a missing action (id 7)'], problems: ['DANGLING_EDGE'] },
  '002#1': { words: ['Wait 12 hours'], problems: ['DANGLING_EDGE'] },
  '002#2': { words: ['Send Email', 'Send marketing email 12345678', 'Go to a missing action (id 10)'], problems: ['DANGLING_EDGE'] },
  '002#3': { words: ['Edit records', 'Set Lead status to In progress', 'On the associated record'], problems: ['DANGLING_EDGE'] },
  '002#4': { words: ['Create task: Check in with lead', 'Type: Todo', 'Priority: None', 'Assigned to: unassigned', 'Remember to sync up with new lead!'], problems: [] },
  '002#5': { words: ['Create deal: New deal', 'Deal stage = appointmentscheduled', 'Amount = 1000', 'Associated with the enrolled contact'], problems: ['DANGLING_EDGE'] },
  '002#6': { words: ['Add to static list', 'Add to list 123'], problems: [] },
  '002#7': { words: ['Remove from static list', 'Remove from list 123'], problems: [] },
  '002#8': {
    words: ['Branch on filters', 'Branch 1 (no filters set) -> 7', 'Some branch name (no filters set) -> 4', 'Otherwise (Fall-through branch) -> 8'],
    problems: ['DANGLING_EDGE', 'DANGLING_EDGE', 'DANGLING_EDGE'],
  },
  '002#9': {
    words: ['Branch on Example property', 'Example property is Example value 1 -> 2', 'Example property is Example value 1 -> 3', 'Otherwise (Fall-through branch) -> 4'],
    problems: ['DANGLING_EDGE', 'DANGLING_EDGE', 'DANGLING_EDGE'],
  },
  '002#10': { words: ['Enrolls when: Submitted a form', 'Re-enrollment is on'], problems: [] },
  '002#11': { words: ['Enrolls when the record meets: City is equal to Dublin', 'Re-enrollment is off'], problems: [] },
  '003#0': { words: ['Workflow Name', 'No enrollment trigger is set'], problems: [] },
  '003#1': { words: ['Workflow Name', 'No enrollment trigger is set'], problems: [] },
  '003#2': { words: ['Enrolls when: Submitted a form', 'Re-enrollment is on'], problems: [] },
  '003#3': { words: ['City is equal to Dublin'], problems: [] },
  '003#4': { words: ['Wait until 27 Jun 2024 at 12:00'], problems: ['DANGLING_EDGE'] },
  '003#5': { words: ['Delay until a date property', "Wait until the record's Close date"], problems: [] },
  '003#6': { words: ['Delay for a set amount of time', 'Wait 6 hours'], problems: [] },
  '003#7': { words: ['Set Lead status to In progress'], problems: ['DANGLING_EDGE'] },
  '003#8': { words: ['Create task: Check in with lead'], problems: [] },
  '003#9': { words: ['Create deal: New deal', 'Deal name = New deal'], problems: ['DANGLING_EDGE'] },
  '003#10': { words: ['Send marketing email 113782603056'], problems: [] },
  '003#11': { words: ['Add to list 123'], problems: [] },
  '003#12': { words: ['Remove from list 123'], problems: [] },
  '003#13': {
    words: ['Branch on Lead status', 'Lead status is New -> 2', 'Lead status is In progress -> 3', 'Lead status is Qualified -> 4', 'Otherwise (Other Status) -> 5'],
    problems: ['DANGLING_EDGE', 'DANGLING_EDGE', 'DANGLING_EDGE', 'DANGLING_EDGE'],
  },
  '003#14': {
    words: [
      'Leads Branch (Lifecycle stage is equal to lead) -> 7',
      'Customers Branch (Lifecycle stage is equal to customer) -> 4 Go to a missing action (id 4)',
      'Otherwise (Fall-through branch) -> 8',
    ],
    problems: ['DANGLING_EDGE', 'DANGLING_EDGE', 'DANGLING_EDGE'],
  },
  '003#15': {
    order: ['1', '2', '4', '3'],
    words: [
      'Lead Nurturing Workflow',
      'Lead status is New -> 2',
      'Lead status is Qualified -> 3',
      'Otherwise (Default Path) -> 4 Continue at step 3: Edit records',
      'Send marketing email welcome_email_id',
      'Set Lifecycle stage to lead',
      'Create task: Follow up with qualified lead',
      'Type: Call',
      'Priority: High',
      'Submitted form form-uuid-here',
    ],
    problems: [],
  },
  '003#16': {
    order: ['1', '2'],
    words: ['Deal Stage Automation', 'Wait 1 day', 'Send in-app notification to user owner_id: Deal follow-up reminder', 'Deal stage is equal to qualifiedtobuy'],
    problems: [],
  },
  '003#17': { words: ['Custom code', 'Run custom code'], problems: [] },
  '003#18': { words: ['Custom code', 'Uses 2 secrets'], problems: [] },
  '003#js:createPayload@990': { words: ['[MY-PREFIX] Workflow Name', 'Manual enrollment only'], problems: [] },
  '003#js:updatePayload@1110': { order: ['1'], words: ['Custom code (Node.js 20)', 'Outputs: status, message'], problems: [] },
  '003#js:emptyWorkflow@1617': { words: ['My Integration Workflow', 'Manual enrollment only'], problems: [] },
  '003#js:workflowWithCode@1632': { words: ['Custom code (Node.js 20)', 'Outputs: result'], problems: [] },
};

d('decodeFlow on every seed example', () => {
  const examples: SeedExample[] = loadSeedExamples();

  it('finds the examples each seed shows (none silently lost or added)', () => {
    const perSeed = (s: string) => examples.filter((e) => e.seed === s).length;
    expect(perSeed('000')).toBe(3);
    expect(perSeed('001')).toBe(0);
    expect(perSeed('002')).toBe(12);
    expect(perSeed('003')).toBe(23);
    expect(examples.map((e) => e.key).sort()).toEqual(Object.keys(EXPECT).sort());
  });

  it.each(examples.map((e) => [e.key, e] as const))('%s', (key, ex) => {
    let flow = ex.flow;
    if (FRAGMENT_TYPE[key]) {
      flow = { ...flow, actions: [{ ...(flow.actions as Record<string, unknown>[])[0], actionTypeId: FRAGMENT_TYPE[key] }] };
    }
    const w = decodeFlow(flow);
    const all = text(w);
    const want = EXPECT[key];
    for (const word of want.words) expect(all).toContain(word);
    if (want.order) expect(w.executionOrder).toEqual(want.order);
    if (want.problems) expect(w.problems.map((p) => p.code)).toEqual(want.problems);
    // Nothing is dropped: every action with an id is either in the walk or listed as unreachable.
    const ids = ((flow.actions as Record<string, unknown>[]) ?? []).map((a) => a.actionId).filter((x) => typeof x === 'string');
    expect([...w.executionOrder, ...w.unreachable.map((u) => u.actionId)].sort()).toEqual([...new Set(ids)].sort());
  });
});
