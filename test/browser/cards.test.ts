/**
 * The project's UNMODIFIED cards in a real browser on the emulated portal:
 * (a) the sequences card for an enrolled contact, with its steps;
 * (b) enrolling a not-enrolled contact through the panel, the card switching to enrolled;
 * (c) enrolling a contact in a workflow and seeing it listed;
 * (d) 100 % 5xx from the portal: a clear error in the card.
 */
import { FIXTURES } from '../../portal/fixtures';
import { findCards } from '../../workbench/project';
import { byTestId, card, describeBrowser, openRecord, suiteSession, toDocs } from './harness';

jest.setTimeout(90_000);

const cardUids = new Set(findCards().map((c) => c.uid));
/** A card not written yet is a pending test, said out loud, not a silent pass. */
const whenCard = (uid: string) => (cardUids.has(uid) ? it : it.todo);

describeBrowser('project cards on the workbench', () => {
  const s = suiteSession({ demo: false });
  const sequences = () => card(s, 'sequences-card');
  const workflows = () => card(s, 'workflows-card');

  whenCard('sequences-card')('(a) shows the sequence and its steps for an enrolled contact', async () => {
    await openRecord(s, FIXTURES.contacts.enrolled, FIXTURES.users.rep.userId);
    const enrolled = byTestId(sequences(), 'enrolled');
    await enrolled.waitFor();
    await enrolled.getByText('Enrolled', { exact: true }).waitFor();
    expect(await byTestId(sequences(), 'sequence-name').textContent()).toBe("Melinda's simple call sequence");
    expect(await byTestId(sequences(), 'enrolled-by').textContent()).toContain(FIXTURES.users.rep.email);
    // The sidebar shows a summary; the steps are one click away, in a panel.
    await byTestId(sequences(), 'view-steps').click();
    const stepsPanel = s.page.locator('[data-testid="steps-panel"]');
    const steps = byTestId(stepsPanel, 'enrolled-steps').locator(':scope > li');
    await steps.first().waitFor();
    expect(await steps.count()).toBeGreaterThanOrEqual(3);
    expect(await byTestId(stepsPanel, 'step-1').textContent()).toMatch(/\S/);
    await stepsPanel.getByLabel('Close').click();
    await stepsPanel.waitFor({ state: 'detached' });
    const shot = await s.screenshot('sequences-enrolled');
    toDocs(shot, 'workbench.png');
    expect(s.errors).toEqual([]);
  });

  whenCard('sequences-card')('(b) enrolls a not-enrolled contact through the panel; the card switches to enrolled', async () => {
    await openRecord(s, FIXTURES.contacts.notEnrolled, FIXTURES.users.rep.userId);
    await byTestId(sequences(), 'not-enrolled').waitFor();
    await byTestId(sequences(), 'open-enroll').click();

    const panel = s.page.locator('[data-testid="enroll-panel"]');
    await panel.waitFor();
    await panel.getByLabel('Search sequences').fill('outbound');
    await searchSettled(panel);
    // The picker both cards share: a radio list.
    const option = byTestId(panel, 'sequence-options').locator(`input[type="radio"][value="${FIXTURES.sequences.outboundProspecting}"]`);
    await option.waitFor();
    await option.check();
    await byTestId(panel, 'preview-steps').waitFor();
    const submit = byTestId(panel, 'enroll-submit');
    await expectEnabled(submit);
    await s.screenshot('sequences-enroll-panel');
    await submit.click();

    await panel.waitFor({ state: 'detached' });
    await s.page.locator('[data-testid="toast"]', { hasText: 'Enrolled' }).waitFor();
    await byTestId(sequences(), 'enrolled').waitFor();
    expect(await byTestId(sequences(), 'sequence-name').textContent()).toContain('Outbound prospecting');
    // refreshObjectProperties: the record header follows the portal's contact.
    await s.page.locator('[data-prop="Currently in sequence"] dd', { hasText: 'Yes' }).waitFor();
    await s.screenshot('sequences-after-enroll');
    expect(s.wb.portal.state.data.sequenceEnrollments.filter((e) => e.contactId === FIXTURES.contacts.notEnrolled && e.active)).toHaveLength(1);
  });

  whenCard('workflows-card')('(c) enrolls a contact in a workflow and lists it', async () => {
    const contactId = FIXTURES.contacts.inNoWorkflows;
    await openRecord(s, contactId, FIXTURES.users.rep.userId);
    await byTestId(workflows(), 'workflows-empty').waitFor();
    await byTestId(workflows(), 'open-enroll').click();

    const panel = s.page.locator('[data-testid="enroll-workflow-panel"]');
    await panel.waitFor();
    await panel.getByLabel('Search workflows').fill('welcome');
    await panel.getByRole('radio', { name: /^Welcome series/ }).check();
    const submit = byTestId(panel, 'enroll-submit');
    await expectEnabled(submit);
    await s.screenshot('workflows-enroll-panel');
    await submit.click();

    // The result beside the button; the panel stays open until the rep closes it.
    await byTestId(panel, 'enroll-success').waitFor();
    await byTestId(panel, 'workflow-cancel').click();
    await panel.waitFor({ state: 'detached' });
    const row = byTestId(workflows(), `workflow-${FIXTURES.legacyWorkflows.welcome}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Welcome series');
    await s.screenshot('workflows-after-enroll');
    expect(s.wb.portal.state.data.workflowMemberships.some((m) => m.contactId === contactId && m.workflowId === FIXTURES.legacyWorkflows.welcome)).toBe(true);
  });

  whenCard('sequences-card')('(d) with 100 % 5xx from HubSpot the card shows a clear error', async () => {
    await openRecord(s, FIXTURES.contacts.enrolled, FIXTURES.users.rep.userId);
    await byTestId(sequences(), 'enrolled').waitFor();
    await s.page.locator('[data-testid="fault-5xx"]').fill('100');
    await s.page.locator('[data-testid="fault-apply"]').click();
    await s.page.locator('[data-testid="toast"]', { hasText: '5xx 100 %' }).waitFor();
    await s.page.locator('[data-testid="reload-cards"]').click();

    const error = sequences().getByRole('alert').filter({ hasText: "Couldn't load sequences" });
    await error.waitFor({ timeout: 30_000 });
    const text = (await error.textContent()) ?? '';
    expect(text).not.toMatch(/undefined|\[object|stack|at \w+ \(/);
    expect(text.length).toBeGreaterThan("Couldn't load sequences".length + 10);
    await error.getByRole('button', { name: 'Try again' }).waitFor();
    await s.screenshot('sequences-5xx');
    expect(s.wb.portal.calls.some((c) => c.faulted === '5xx')).toBe(true);
  });
});

async function expectEnabled(locator: import('playwright-core').Locator) {
  for (let i = 0; i < 100 && (await locator.isDisabled()); i++) await new Promise((r) => setTimeout(r, 100));
  expect(await locator.isDisabled()).toBe(false);
}

/** The cards debounce their search (300 ms): let the typed query's search start, then finish. */
async function searchSettled(panel: import('playwright-core').Locator) {
  await new Promise((r) => setTimeout(r, 450));
  await byTestId(panel, 'sequence-loading').waitFor({ state: 'detached' });
}
