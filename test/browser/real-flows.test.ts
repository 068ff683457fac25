/**
 * Recorded flows (issue 17) on the Workflows card in a real browser, and "Enroll in workflow" steps
 * (0-15) opening the workflow they chain into, with Back:
 * (a) a branching recorded flow a contact is enrolled in (Hugo Piura, in the UDEP flows), then its 0-15 step;
 * (b) a form-triggered recorded flow through the picker's preview, then its 0-15 step;
 * (c) a recorded company flow, two 0-15 steps away.
 * Screenshots: artifacts/screenshots/real-*.png (UPDATE_DOCS_SCREENSHOT=1 copies them to docs/).
 */
import type { Locator } from 'playwright-core';
import { FIXTURES } from '../../portal/fixtures';
import { byTestId, card, describeBrowser, openRecord, suiteSession, toDocs } from './harness';

jest.setTimeout(90_000);

const W = FIXTURES.legacyWorkflows;
const F = FIXTURES.flows;
const REP = FIXTURES.users.rep.userId;

/** What a rep must never read: ids, event-internal names, placeholders (issue 17, "Done when"). */
const NOT_FOR_REPS = /\b\d{6,}\b|\b[0-9]-\d{3,}\b|hs_name|hs_value|\bundefined\b|\bnull\b|\bNaN\b|not set|\?\s*\/\s*\?/;

/** The text a rep reads in a view: everything but the "Advanced details" accordion (ids live there on purpose). */
async function repText(view: Locator): Promise<string> {
  return view.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-testid$="-advanced"]').forEach((a) => a.remove());
    return copy.textContent ?? '';
  });
}

describeBrowser('recorded flows on the Workflows card', () => {
  const s = suiteSession({ demo: false });
  const workflows = () => card(s, 'workflows-card');

  it('(a) a branching recorded flow the contact is in: every path in words; its "Enroll in workflow" step opens the next flow, Back returns', async () => {
    await openRecord(s, FIXTURES.contacts.inRecordedWorkflows, REP);
    const id = W.recordedNivelEstudios;
    await byTestId(workflows(), `open-workflow-${id}`).click();
    const panel = s.page.locator(`[data-testid="workflow-panel-${id}"]`);
    const view = byTestId(panel, `decoded-${id}`);
    await view.waitFor();
    const text = await repText(view);
    expect(text).toContain('Manual enrollment only');
    expect(text).toMatch(/If /); // branch paths
    expect(text).not.toMatch(NOT_FOR_REPS);
    // The picture: the paths around the first "Enroll in workflow" step and its button.
    const openChained = panel.locator(`[data-testid^="decoded-${id}-open-chained-"]`).first();
    await openChained.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await s.page.mouse.move(0, 0);
    toDocs(await s.screenshot('real-branching-flow'), 'real-branching-flow.png');

    const before = s.wb.portal.calls.length;
    await openChained.click();
    const chained = byTestId(panel, `decoded-${id}-chained-decoded`);
    await chained.waitFor();
    expect(await byTestId(panel, `decoded-${id}-chained-name`).textContent()).toBe('0452. LEADS-Asignación de leads a equipo Piura (UDN UDEP)');
    expect(await repText(byTestId(panel, `decoded-${id}-chained`))).not.toMatch(NOT_FOR_REPS);
    // Read only: no write, and nothing about the contact (the target is read by its flow id alone).
    const reads = s.wb.portal.calls.slice(before);
    expect(reads.filter((c) => c.method !== 'GET' && !c.path.includes('/batch/read') && !c.path.includes('/search'))).toEqual([]);
    expect(reads.some((c) => c.path.includes('/contacts/'))).toBe(false);
    await byTestId(panel, `decoded-${id}-chained-back`).click();
    await view.waitFor();
    expect(await byTestId(panel, `decoded-${id}-chained`).count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('(b) a form-triggered recorded flow in the picker: the forms by name; its "Enroll in workflow" step opens the next flow, Back returns', async () => {
    await openRecord(s, FIXTURES.contacts.inNoWorkflows, REP);
    await byTestId(workflows(), 'open-enroll').click();
    const panel = s.page.locator('[data-testid="enroll-workflow-panel"]');
    await byTestId(panel, 'workflow-options').waitFor();
    await panel.getByLabel('Search workflows').fill('Activador Cursos');
    await panel.getByRole('radio', { name: /Activador Cursos Piura/ }).check();
    const view = byTestId(panel, 'preview');
    await view.waitFor();
    const text = await repText(view);
    expect(text).toMatch(/Filled out form Cursos Piura/);
    expect(text).not.toMatch(NOT_FOR_REPS);
    await s.page.mouse.move(0, 0);
    toDocs(await s.screenshot('real-form-flow'), 'real-form-flow.png');

    await panel.locator('[data-testid^="preview-open-chained-"]').first().click();
    await byTestId(panel, 'preview-chained-decoded').waitFor();
    expect(await byTestId(panel, 'preview-chained-name').textContent()).toBe('0451. Definiciòn Nivel de Estudios Perú (UDN UDEP)');
    expect(await repText(byTestId(panel, 'preview-chained'))).not.toMatch(NOT_FOR_REPS);
    await byTestId(panel, 'enroll-submit').and(s.page.locator('[disabled]')).waitFor(); // "Enroll" is for the selected workflow: after Back
    await s.screenshot('real-form-flow-chained');
    await byTestId(panel, 'preview-chained-back').click();
    await view.waitFor();
    await byTestId(panel, 'enroll-submit').and(s.page.locator(':not([disabled])')).waitFor();
    expect(s.errors).toEqual([]);
  });

  it('(c) a recorded company flow, reached through "Enroll in workflow" steps: its trigger in words, Back to the company flow that chains into it', async () => {
    // HubSpot chains workflows of the same type only (seed 002: "Enroll record in another workflow of the
    // same type"), so no contact workflow leads to a company one. TEST-ONLY shortcut: the hand-written
    // "Welcome series" gets a last step into the hand-written company flow that chains the recorded ones.
    const welcome = s.wb.portal.state.data.flows.find((f) => f.id === F.welcome) as { actions: Array<Record<string, unknown>> };
    welcome.actions.find((a) => a.actionId === '5')!.connection = { edgeType: 'STANDARD', nextActionId: '6' };
    welcome.actions.push({ type: 'SINGLE_CONNECTION', actionId: '6', actionTypeId: '0-15', actionTypeVersion: 0, fields: { flow_id: F.companyRescore } });

    await openRecord(s, FIXTURES.contacts.inWorkflows, REP);
    await byTestId(workflows(), `open-workflow-${W.welcome}`).click();
    const panel = s.page.locator(`[data-testid="workflow-panel-${W.welcome}"]`);
    const prefix = `decoded-${W.welcome}`;
    await byTestId(panel, prefix).waitFor();
    await byTestId(panel, `${prefix}-open-chained-6`).click();
    await byTestId(panel, `${prefix}-chained-name`).filter({ hasText: 'Re-score company fit' }).waitFor();
    expect(await repText(byTestId(panel, `${prefix}-chained`))).toContain('Company-based workflow');
    await byTestId(panel, `${prefix}-chained-decoded-open-chained-1`).click();
    const name = byTestId(panel, `${prefix}-chained-name`).filter({ hasText: 'Update Score Based on Org Type' });
    await name.waitFor();
    const chained = byTestId(panel, `${prefix}-chained`);
    const text = await repText(chained);
    expect(text).toContain('Company-based workflow');
    expect(text).toContain('Org type changed (new value is known)');
    expect(text).toContain('Step 1 of "Re-score company fit (chains the scoring workflows)"');
    expect(text).not.toMatch(NOT_FOR_REPS);
    // No write while reading a chained workflow: Unenroll is for "Welcome series" and waits for Back.
    expect(await byTestId(panel, `unenroll-${W.welcome}`).count()).toBe(0);
    await s.page.mouse.move(0, 0);
    toDocs(await s.screenshot('real-company-flow'), 'real-company-flow.png');

    await byTestId(panel, `${prefix}-chained-back`).click();
    await byTestId(panel, `${prefix}-chained-name`).filter({ hasText: 'Re-score company fit' }).waitFor();
    await byTestId(panel, `${prefix}-chained-back`).click();
    await byTestId(panel, prefix).waitFor();
    expect(await chained.count()).toBe(0);
    await byTestId(panel, `unenroll-${W.welcome}`).waitFor();
    expect(s.errors).toEqual([]);
  });
});
