/**
 * Every v4 flow recorded from a live portal (shared/realdata/flows-v4: 12 flows, revisions too) decoded
 * with HubSpot's names (a fake NameLookup, ./recorded.ts) and without: every action shown exactly once,
 * no problem in flows HubSpot runs, and the words of the patterns live portals use checked per flow.
 */
import * as z from 'zod/mini';
import { flow as flowSchema } from '../../hubspot/schemas';
import { decodeFlow, flattenSteps, readFlow, wordFlow } from '../decode';
import type { DecodedWorkflow } from '../types';
import { needsShared } from '../../../test/requirements';
import { loadRecordedFlows, RECORDED_NAMES } from './recorded';

const d = needsShared('realdata', 'the recorded-flow decoder tests (every flow recorded from a live portal decoded)');

/** Everything the panel shows of a workflow (the advanced details aside), one line each. */
function words(w: DecodedWorkflow): string {
  const parts = [w.objectLabel, w.trigger.summary, w.trigger.reEnrollmentSummary, ...w.trigger.lines.map((l) => l.text), ...w.trigger.reEnrollmentLines.map((l) => l.text)];
  if (w.goal) parts.push(w.goal.summary, ...w.goal.lines.map((l) => l.text));
  for (const { step } of flattenSteps([...w.steps, ...w.unreachable])) {
    parts.push(`${step.order}. ${step.name}: ${step.summary}`, ...step.details);
    if (step.jump) parts.push(`${step.order}. ↪ ${step.jump}`);
    for (const b of step.branches) parts.push(`${step.order}. If ${b.label}${b.jump ? ` ↪ ${b.jump}` : ''}`);
  }
  return parts.join('\n');
}

/** Words each recording must show, with HubSpot's names. Revisions share their flow's words unless listed. */
const EXPECT: Record<string, string[]> = {
  'ausgtm-4625147345-set-icp-tier-after.json': [
    'Companies',
    'Enrolls when: Anti-ICP flag changed (new value is known) OR ICP fit score changed (new value is known)',
    'Re-enrollment is on',
    '1. Branch on filters: Branch on filters (1 branch and a default)',
    '1. If Branch 1 (Anti-ICP flag is equal to Yes)',
    '3. Branch on filters: Branch on filters (4 branches)',
    '3. If Branch 2 (ICP fit score is between 40 and 69)',
    '4. Edit records: Set ICP tier to Tier A',
    '7. Edit records: Set ICP tier to Unscored',
  ],
  'ausgtm-4625147345-set-icp-tier-before.json': ['Enrolls when: ICP fit score changed (new value is known)', 'Set ICP tier to D'],
  'ausgtm-4626124224-org-type-score-rev21.json': [
    'Enrolls when: Org type changed (new value is known)',
    '1. Branch on a value: Branch on Org type',
    '1. If Org type is Governing body / league',
    '1. If Org type is Individual club team', // no label known: the option's internal name, humanized
    '1. If Otherwise',
    '2. Edit records: Set Org type score to 40',
  ],
  'ausgtm-4626124224-org-type-score-rev26.json': ['Enrolls when: Org type changed (new value is known)', '1. If Org type is Broadcaster', 'Set Org type score to 15'],
  'ausgtm-4626722237-annual-revenue-score-after.json': [
    'Enrolls when: Revenue band changed (new value is known)',
    'If Branch 2 (Revenue band is equal to 1-5M)',
    'Set Annual revenue score to -50',
  ],
  'ausgtm-4626722237-annual-revenue-score-before.json': [
    'Enrolls when: Annual revenue changed (new value is known)',
    'If Branch 1 (Annual revenue is between 5000000 and 500000000)',
    'If Branch 5 (Annual revenue is greater than 1200000000)',
  ],
  'ausgtm-4626722240-geography-score-after.json': [
    'Enrolls when: Country/region (normalized) changed (new value is known)',
    'If Branch 1 (Country/region (normalized) is equal to AU, NZ or ANZ)',
  ],
  'ausgtm-4626722240-geography-score-before.json': ['Enrolls when: Country changed (new value is known)', 'If Branch 2 (Country is unknown)', 'Set Anti-ICP flag to Yes'],
  'ausgtm-4634822079-produces-content-score.json': [
    'Enrolls when: Lv produces content changed (new value is known) OR Create date changed (new value is known)',
    'If Lv produces content is true',
  ],
  'ausgtm-4634822085-gambling-score-rev2.json': ['Create date changed (new value is known) OR Lv is gambling operator changed (new value is known)', 'Set Gambling score to -20'],
  'ausgtm-4634822085-gambling-score-rev4.json': ['Lv is gambling operator changed (new value is known)', 'Set Gambling score to 0'],
  'udep-1631969831-activador-cursos-piura.json': [
    'Contacts',
    'Enrolls when the record meets: Filled out form Curso Piura – inscripción OR Filled out form f828a14e-d122-4982-91c5-0f956c00617c',
    'Re-enrollment is on when: Filled out form',
    '1. Go to workflow: Enroll in workflow 0451. Definición Nivel de Estudios Perú',
  ],
  'udep-1631981736-definicion-nivel-estudios.json': [
    'Manual enrollment only: contacts are enrolled by hand (from a record or a list), by another workflow, or through the API.',
    'Goal: Email domain contains exactly @5minutos.io or 5minutos.io. Records that meet the goal leave the workflow.',
    '1. Edit records: Set Programa mas recientemente solicitado to the value of Programas piura udn udep',
    '2. Delay for a set amount of time: Wait 3 minutes',
    '3. If Otherwise ↪ Go to step 8: Branch on filters', // a GOTO on the default branch
    '4. ↪ Go to step 6: Branch on filters', // a GOTO on a single action
    '3. If Conctato Peru (Phone starts with +51)',
    '10. Go to workflow: Enroll in workflow 0452. LEADS-Asignación de leads',
    '12. Send an internal email notification: Send internal email notification to users Ana Torres, Luis Rojas: No indica Nivel de Estudios Piura',
  ],
  'udep-1631988744-activador-cluster-marketing.json': ['Enrolls when the record meets: Filled out form', 'Enroll in workflow 0451. Definición Nivel de Estudios Perú'],
  'udep-1631990199-asignacion-leads-piura.json': [
    '1. If 5minutos. (Email domain contains exactly 5minutos.io)',
    "7. Send an internal email notification: Send internal email notification to the record's Contact owner: [First name] completó un nuevo formulario.",
    'Message: Hola [Contact owner] Te informamos que [First name] completó un nuevo formulari…',
    '11. Create task: Create task: Contactar dentro del día',
    "Assigned to: the record's Contact owner",
    'Associated with the enrolled contact',
    '14. Delay until an event occurs: Wait until Contact owner changed (new value is known), or 30 minutes pass',
    "Send internal email notification to user Ana Torres and the record's Contact owner: Ingreso Lead Piura - Ecuador",
    'Set Contact owner to Rosa Medina',
    'Set marketing contact status: Set the contact as a marketing contact',
    'Send Email: Send marketing email Bienvenida Piura',
  ],
  'udep-1631990199-asignacion-leads-piura-rev57.json': ['Wait until Contact owner changed (new value is known), or 30 minutes pass', 'Send marketing email Bienvenida Piura'],
  'udep-1645743473-activador-cluster-emprendimiento.json': ['Enrolls when the record meets: Filled out form', 'Enroll in workflow 0451. Definición Nivel de Estudios Perú'],
  'udep-1854523916-activador-diplomados-piura.json': ['Enrolls when the record meets: Filled out form', 'Re-enrollment is on when: Filled out form'],
};

d('decoding every recorded flow', () => {
  const recorded = loadRecordedFlows();

  it('finds the 12 recorded flows and their revisions (18 files), each with expected words', () => {
    expect(recorded).toHaveLength(18);
    expect(new Set(recorded.map((r) => String(r.flow.id))).size).toBe(12);
    expect(recorded.map((r) => r.file).sort()).toEqual(Object.keys(EXPECT).sort());
  });

  it.each(recorded.map((r) => [r.file, r.flow] as const))('%s', (file, flow) => {
    // The client reads the recording as sent (sorted keys, missing keys and all).
    expect(z.safeParse(flowSchema, flow).success).toBe(true);
    const w = decodeFlow(flow, undefined, RECORDED_NAMES);
    const all = words(w);
    for (const expected of EXPECT[file]) expect({ file, expected, found: all.includes(expected) }).toEqual({ file, expected, found: true });
    // Every action is shown once: in the walk, or (never here) as unreachable.
    const ids = (flow.actions as { actionId: string }[]).map((a) => a.actionId);
    expect([...w.executionOrder].sort()).toEqual([...ids].sort());
    expect(w.unreachable).toEqual([]);
    expect(w.problems).toEqual([]);
    for (const { step } of flattenSteps(w.steps)) {
      expect(step.kind).not.toBe('unknown');
      expect(step.summary.length).toBeGreaterThan(0);
    }
  });

  it('the advanced details keep the ids the words leave out', () => {
    const w = decodeFlow(recorded.find((r) => r.file.includes('org-type-score-rev26'))!.flow, undefined, RECORDED_NAMES);
    expect(w.trigger.eventTypeIds).toEqual(['4-655002']);
    expect(w.objectTypeId).toBe('0-2');
    expect(w.trigger.summary).not.toMatch(/4-655002|hs_name|hs_value|lv_org_type/);
  });

  it('a branch path with no connection ends there; an action with no connection ends its path', () => {
    const w = decodeFlow(recorded.find((r) => r.file === 'udep-1631990199-asignacion-leads-piura.json')!.flow);
    const matriculado = flattenSteps(w.steps)
      .flatMap(({ step }) => step.branches)
      .find((b) => b.label.startsWith('Matriculado'))!;
    expect(matriculado).toMatchObject({ targetActionId: null, steps: [], jump: null });
    // Real portals chain workflows (0-15): the step carries the target's flow id for a link.
    expect(flattenSteps(w.steps).find(({ step }) => step.actionId === '11')!.step).toMatchObject({ actionTypeId: '0-15', targetFlowId: '1631989399' });
    const lastTask = flattenSteps(w.steps).find(({ step }) => step.actionId === '13')!.step;
    expect(lastTask).toMatchObject({ actionTypeId: '0-3', jump: null, branches: [] });
  });

  it('is walked once: the references are the ids the words show, and wording twice gives the same words', () => {
    const flow = recorded.find((r) => r.file === 'udep-1631990199-asignacion-leads-piura.json')!.flow;
    const structure = readFlow(flow);
    const kinds = new Set(structure.references.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['associationType', 'marketingEmail', 'owner', 'property', 'propertyValue', 'user', 'workflow'].sort());
    expect(structure.references).toContainEqual({ kind: 'property', objectTypeId: '0-1', property: 'firstname' }); // a token in a message
    expect(wordFlow(structure, RECORDED_NAMES)).toEqual(decodeFlow(flow, undefined, RECORDED_NAMES));
    expect(wordFlow(structure)).toEqual(decodeFlow(flow));
  });
});
