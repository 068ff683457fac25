import { createRenderer } from '@hubspot/ui-extensions/testing';
import { EmptyState, Heading, Panel, StatusTag, Text, ToggleGroup } from '@hubspot/ui-extensions';
import type { GetWorkflowResult } from '../../../../server/functions/get-workflow';
import type { TriggerCheck } from '../../../../server/workflows/trigger-check/types';
import { fakeRunner, ok } from '../shared/testing';
import { empty, picker, three, welcomeDetails } from './__fixtures__/workflows';
import { renderCard, renderWorkflowPanel } from './__fixtures__/render';
import { ENROLL_WORKFLOW_PANEL_ID } from './EnrollWorkflowPanel';
import { TriggerCheckSection } from './TriggerCheckSection';

const meets: TriggerCheck = {
  verdict: 'meets',
  firstName: 'Aoife',
  isMember: true,
  summary: 'Aoife meets the trigger: Country/Region is equal to Ireland ✓, Lifecycle stage is any of Lead ✓',
  lines: [
    { text: 'Any of:', result: 'met', depth: 0 },
    { text: 'All of:', result: 'met', depth: 1 },
    { text: 'Country/Region is equal to Ireland', result: 'met', depth: 2, contactValue: 'Ireland' },
    { text: 'Lifecycle stage is any of Lead', result: 'met', depth: 2, contactValue: 'Lead' },
    { text: 'In list Trade-show leads – Berlin 2026', result: 'not-met', depth: 1 },
  ],
  reEnrollment: {
    verdict: 'cannot-tell',
    summary: "The app can't tell whether Aoife would enroll again: Submitted form Contact us (footer) ?",
    lines: [{ text: 'Submitted form Contact us (footer)', result: 'unknown', depth: 0, why: "The app does not read the contact's form submissions." }],
  },
};
const misses: TriggerCheck = {
  verdict: 'does-not-meet',
  isMember: false,
  summary: 'This contact does not meet the trigger: Country/Region is equal to Ireland ✗ (United Kingdom)',
  lines: [{ text: 'Country/Region is equal to Ireland', result: 'not-met', depth: 0, contactValue: 'United Kingdom' }],
};
const unsure: TriggerCheck = {
  verdict: 'cannot-tell',
  firstName: 'Maeve',
  isMember: true,
  summary: "The app can't tell whether Maeve meets the trigger: Form submission ?",
  lines: [
    {
      text: 'Form submission',
      result: 'unknown',
      depth: 0,
      why: 'This is something that happens (an event): the contact enrolls when it happens, and the app cannot see past events.',
    },
  ],
};

function render(check?: TriggerCheck) {
  const r = createRenderer('crm.record.sidebar');
  r.render(<TriggerCheckSection check={check} />);
  return { r, texts: r.findAll(Text).map((t) => t.text ?? '') };
}

describe('TriggerCheckSection', () => {
  it('meets: "For Aoife", the verdict tag, the one-line summary, each criterion with ✓/✗ and its depth, re-enrollment with why', () => {
    const { r, texts } = render(meets);
    expect(r.find(Heading).text).toBe('For Aoife');
    expect(r.find(StatusTag).props).toMatchObject({ variant: 'success' });
    expect(r.find(StatusTag).text).toBe('Meets the trigger');
    expect(texts[0]).toBe(meets.summary);
    expect(r.find(Text, { testId: 'trigger-check-member' }).text).toBe('Aoife is already in this workflow.');
    const nbsp4 = '\u00a0'.repeat(4);
    expect(texts).toContain(`${nbsp4}${nbsp4}✓ Country/Region is equal to Ireland`); // the value equals the words: not repeated
    expect(texts).toContain(`${nbsp4}✗ In list Trade-show leads – Berlin 2026`);
    expect(texts).toContain('Re-enrollment');
    expect(texts).toContain(meets.reEnrollment!.summary);
    expect(texts).toContain(`${nbsp4}The app does not read the contact's form submissions.`);
  });

  it('does not meet: the contact’s value where it differs; a one-criterion trigger is its summary alone', () => {
    const { r, texts } = render(misses);
    expect(r.find(Heading).text).toBe('For this contact');
    expect(r.find(StatusTag).props.variant).toBe('danger');
    expect(r.find(StatusTag).text).toBe("Doesn't meet the trigger");
    expect(texts).toEqual([misses.summary]);
  });

  it('cannot tell: "?" and why; no check, nothing', () => {
    const { r, texts } = render(unsure);
    expect(r.find(StatusTag).text).toBe("Can't tell");
    expect(texts).toEqual([unsure.summary, '? Form submission', `${'\u00a0'.repeat(4)}${unsure.lines[0].why}`, 'Maeve is already in this workflow.']);
    expect(render(undefined).r.findAll(Text)).toHaveLength(0);
    for (const t of [meets, misses, unsure].flatMap((c) => render(c).texts)) expect(t).not.toMatch(/\b(undefined|null|NaN)\b|600000|11000/);
  });

  it('a reason is said once for consecutive criteria that share it', () => {
    const why = "The app does not read the contact's form submissions.";
    const forms: TriggerCheck = {
      verdict: 'cannot-tell',
      isMember: false,
      summary: "The app can't tell whether this contact meets the trigger: Submitted form A ?, Submitted form B ?",
      lines: [
        { text: 'Any of:', result: 'unknown', depth: 0 },
        { text: 'Submitted form A', result: 'unknown', depth: 1, why },
        { text: 'Submitted form B', result: 'unknown', depth: 1, why },
      ],
    };
    expect(render(forms).texts.filter((t) => t.includes(why))).toHaveLength(1);
  });

  it('in a workflow panel: above the decoded workflow', async () => {
    const details: GetWorkflowResult = { ...welcomeDetails, triggerCheck: misses };
    const runner = fakeRunner({ 'get-workflow': ok(details) });
    const welcome = three.workflows[2];
    const r = renderWorkflowPanel(runner, welcome);
    r.find(Panel).trigger('onOpen');
    await r.waitFor(() => expect(r.maybeFind(StatusTag, { testId: `trigger-check-${welcome.legacyWorkflowId}-verdict` })).not.toBeNull());
    const all = r.findAll(Text).map((t) => t.text);
    expect(all.indexOf(misses.summary)).toBeGreaterThan(-1);
    expect(all.indexOf(misses.summary)).toBeLessThan(all.indexOf(welcomeDetails.steps[0].summary));
  });

  it("in the enroll picker's preview: the check for the selected workflow", async () => {
    const runner = fakeRunner({ 'contact-workflows': ok(empty), 'search-workflows': ok(picker), 'get-workflow': ok({ ...welcomeDetails, triggerCheck: unsure }) });
    const r = renderCard(runner);
    await r.waitFor(() => expect(r.find(EmptyState, { testId: 'workflows-empty' })).toBeTruthy());
    r.find(Panel, { id: ENROLL_WORKFLOW_PANEL_ID }).trigger('onOpen');
    await r.waitFor(() => expect(r.find(ToggleGroup, { testId: 'workflow-options' })).toBeTruthy());
    r.find(ToggleGroup, { testId: 'workflow-options' }).trigger('onChange', '11000001' as never);
    await r.waitFor(() => expect(r.maybeFind(StatusTag, { testId: 'preview-trigger-check-verdict' })).not.toBeNull());
    expect(r.find(StatusTag, { testId: 'preview-trigger-check-verdict' }).text).toBe("Can't tell");
    expect(r.find(Text, { testId: 'preview-trigger-check-summary' }).text).toBe(unsure.summary);
  });
});
