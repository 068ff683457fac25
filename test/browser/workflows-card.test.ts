/**
 * The Workflows card in a real browser on the emulated portal (issue 13):
 * (a) the picker: who can join first, the others greyed with their reason, a warning for a contact in a sequence;
 * (b) unenroll behind a confirmation naming the contact and the workflow: one DELETE, the row gone at once;
 * (c) a contact without email: "Can't enroll" up front;
 * (d) under 1 s of latency per HubSpot call, no stale state after an enroll: the row at once, "Refreshing…", no write offered;
 * (e) a legacy workflow without v4 mapping: offered, previewed with what is known, enrolled once by its legacy id.
 * Screenshots: artifacts/screenshots/workflows-*.png (UPDATE_DOCS_SCREENSHOT=1 copies them to docs/).
 */
import type { Locator } from 'playwright-core';
import { FIXTURES } from '../../portal/fixtures';
import { byTestId, card, describeBrowser, openRecord, suiteSession, toDocs } from './harness';

jest.setTimeout(90_000);

const W = FIXTURES.legacyWorkflows;

async function enabledSoon(locator: Locator) {
  for (let i = 0; i < 100 && (await locator.isDisabled()); i++) await new Promise((r) => setTimeout(r, 100));
  return !(await locator.isDisabled());
}

describeBrowser('the Workflows card on the workbench', () => {
  const s = suiteSession({ demo: false });
  const workflows = () => card(s, 'workflows-card');

  it('(a) picker: enrollable first, the others greyed with why; a warning before the click; enroll shows the result beside the button', async () => {
    await openRecord(s, FIXTURES.contacts.enrolled, FIXTURES.users.rep.userId);
    await byTestId(workflows(), 'workflows-empty').waitFor();
    await byTestId(workflows(), 'open-enroll').click();
    const panel = s.page.locator('[data-testid="enroll-workflow-panel"]');
    const options = byTestId(panel, 'workflow-options');
    await options.waitFor();
    const radios = options.getByRole('radio');
    const count = await radios.count();
    expect(count).toBeGreaterThanOrEqual(5);
    // Enrollable ones first: once a disabled radio is seen, no enabled one follows.
    const disabled = await Promise.all([...Array(count).keys()].map((i) => radios.nth(i).isDisabled()));
    expect(disabled.indexOf(true)).toBeGreaterThan(0);
    expect(disabled.slice(disabled.indexOf(true)).every(Boolean)).toBe(true);
    expect(await options.textContent()).toMatch(/turned off/i);
    expect(await byTestId(panel, 'workflow-count').textContent()).toMatch(/^\d+ of \d+ workflows$/);

    await options.getByRole('radio', { name: /Enroll MQLs in outbound sequence/ }).check();
    const warning = byTestId(panel, 'workflow-warnings');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('one active sequence per contact');
    const submit = byTestId(panel, 'enroll-submit');
    expect(await enabledSoon(submit)).toBe(true);
    await s.page.mouse.move(0, 0);
    toDocs(await s.screenshot('workflows-picker-warning'), 'workflows-picker.png');

    // Typing filters the list already loaded: no further call; the selection stays.
    const listings = () => s.wb.portal.calls.filter((c) => c.path === '/automation/v3/workflows').length;
    const before = listings();
    expect(before).toBe(1);
    await panel.getByLabel('Search workflows').fill('outbound');
    await byTestId(panel, 'workflow-count').filter({ hasText: 'match "outbound"' }).waitFor();
    expect(await options.getByRole('radio').count()).toBe(1);
    expect(listings()).toBe(before);
    expect(await enabledSoon(submit)).toBe(true);

    await submit.click();
    const result = byTestId(panel, 'enroll-success');
    await result.waitFor();
    expect(await result.isVisible()).toBe(true);
    expect(await result.textContent()).toContain('Ada Enrolled was enrolled in Enroll MQLs in outbound sequence');
    // The card behind shows the new membership at once; no stale "not in any workflow".
    await byTestId(workflows(), `workflow-${W.enrollInSequence}`).waitFor();
    expect(await byTestId(workflows(), 'workflows-empty').count()).toBe(0);
    await s.screenshot('workflows-after-enroll-picker');
    await byTestId(panel, 'workflow-cancel').click();
    await panel.waitFor({ state: 'detached' });
    expect(s.wb.portal.state.data.workflowMemberships.filter((m) => m.contactId === FIXTURES.contacts.enrolled && m.workflowId === W.enrollInSequence)).toHaveLength(1);
    expect(s.errors).toEqual([]);
  });

  it('(b) unenroll: a confirmation naming the contact and the workflow, one DELETE, the row gone at once', async () => {
    const contactId = FIXTURES.contacts.inWorkflows;
    await openRecord(s, contactId, FIXTURES.users.rep.userId);
    await byTestId(workflows(), `open-workflow-${W.welcome}`).click();
    const panel = s.page.locator(`[data-testid="workflow-panel-${W.welcome}"]`);
    await byTestId(panel, `decoded-${W.welcome}`).waitFor();
    const unenroll = byTestId(panel, `unenroll-${W.welcome}`);
    expect(await enabledSoon(unenroll)).toBe(true);
    await unenroll.click();
    const question = byTestId(panel, `unenroll-confirm-text-${W.welcome}`);
    await question.waitFor();
    expect(await question.textContent()).toBe('Unenroll Finn Workflows from "Welcome series"? The workflow\'s remaining steps will not run for them.');
    const deletes = () => s.wb.portal.calls.filter((c) => c.method === 'DELETE').length;
    expect(deletes()).toBe(0);
    toDocs(await s.screenshot('workflows-unenroll-confirm'), 'workflows-unenroll.png');

    await byTestId(panel, `unenroll-confirm-${W.welcome}`).dblclick();
    await panel.waitFor({ state: 'detached' });
    await s.page.locator('[data-testid="toast"]', { hasText: 'Unenrolled from workflow' }).waitFor();
    expect(await byTestId(workflows(), `workflow-${W.welcome}`).count()).toBe(0);
    await byTestId(workflows(), 'refreshing').waitFor({ state: 'detached' });
    expect(await byTestId(workflows(), `workflow-${W.welcome}`).count()).toBe(0);
    await s.screenshot('workflows-after-unenroll');
    expect(deletes()).toBe(1);
    expect(s.wb.portal.state.data.workflowMemberships.some((m) => m.contactId === contactId && m.workflowId === W.welcome)).toBe(false);
    expect(s.errors).toEqual([]);
  });

  it('(d) 1 s per HubSpot call: after enrolling, the row is there at once from the answer (the membership it produced), no re-read, no stale "not in any workflow"', async () => {
    const contactId = FIXTURES.contacts.inNoWorkflows;
    await openRecord(s, contactId, FIXTURES.users.rep.userId);
    await byTestId(workflows(), 'workflows-empty').waitFor();
    s.wb.portal.setFaults({ latencyMs: 1000 });
    await byTestId(workflows(), 'open-enroll').click();
    const panel = s.page.locator('[data-testid="enroll-workflow-panel"]');
    await byTestId(panel, 'workflow-options').waitFor({ timeout: 30_000 });
    await panel.getByRole('radio', { name: /^Welcome series/ }).check();
    const submit = byTestId(panel, 'enroll-submit');
    expect(await enabledSoon(submit)).toBe(true);
    await submit.click();
    await byTestId(panel, 'enroll-success').waitFor({ timeout: 30_000 });
    const post = s.wb.portal.calls.find((c) => c.method === 'POST' && c.path.includes('/enrollments/contacts/'))!;
    await byTestId(panel, 'workflow-cancel').click();
    await panel.waitFor({ state: 'detached' });
    const row = byTestId(workflows(), `workflow-${W.welcome}`);
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).not.toContain('Enrolled just now'); // the list is the one the answer produced
    expect(await byTestId(workflows(), 'workflows-empty').count()).toBe(0);
    // Longer than a re-read's first call: none starts, and nothing says it is refreshing.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await byTestId(workflows(), 'refreshing').count()).toBe(0);
    expect(await byTestId(workflows(), 'open-enroll').isDisabled()).toBe(false);
    expect(s.wb.portal.calls.filter((c) => c.startedAt > post.startedAt && c.method === 'GET' && c.path.includes('/enrollments/contacts/'))).toEqual([]);
    await s.screenshot('workflows-after-enroll');
    expect(s.wb.portal.state.data.workflowMemberships.filter((m) => m.contactId === contactId && m.workflowId === W.welcome)).toHaveLength(1);
  });

  it('(e) a workflow without v4 mapping: offered, previewed with what is known (no id shown), enrolled once by its legacy id', async () => {
    const contactId = FIXTURES.contacts.inNoWorkflows;
    await openRecord(s, contactId, FIXTURES.users.rep.userId);
    await byTestId(workflows(), 'workflows-empty').waitFor();
    await byTestId(workflows(), 'open-enroll').click();
    const panel = s.page.locator('[data-testid="enroll-workflow-panel"]');
    await byTestId(panel, 'workflow-options').waitFor();
    const radio = panel.getByRole('radio', { name: /^Classic lead rotation/ });
    expect(await radio.isDisabled()).toBe(false);
    await radio.check();
    const noDetails = byTestId(panel, 'preview-no-details');
    await noDetails.waitFor();
    expect(await noDetails.textContent()).toContain('Open the workflow in HubSpot to see them.');
    expect(await byTestId(panel, 'preview-section').textContent()).not.toMatch(/Workflow \d|11000004/);
    const submit = byTestId(panel, 'enroll-submit');
    expect(await enabledSoon(submit)).toBe(true);
    await s.screenshot('workflows-picker-unmapped');
    await submit.dblclick();
    await byTestId(panel, 'enroll-success').waitFor();
    expect(await byTestId(panel, 'enroll-success').textContent()).toContain('was enrolled in Classic lead rotation (no v4 mapping)');
    const posts = s.wb.portal.calls.filter((c) => c.method === 'POST' && c.path.startsWith('/automation/v2/workflows/'));
    expect(posts.map((c) => c.path)).toEqual([`/automation/v2/workflows/${W.classicRotation}/enrollments/contacts/${encodeURIComponent('gia.noworkflows@example.com')}`]);
    await byTestId(workflows(), `workflow-${W.classicRotation}`).waitFor();
    await byTestId(panel, 'workflow-cancel').click();
    await panel.waitFor({ state: 'detached' });
    expect(s.wb.portal.state.data.workflowMemberships.filter((m) => m.contactId === contactId && m.workflowId === W.classicRotation)).toHaveLength(1);
    expect(s.errors).toEqual([]);
  });

  it('(c) a contact without email sees "Can\'t enroll" up front', async () => {
    await openRecord(s, FIXTURES.contacts.noEmail, FIXTURES.users.rep.userId);
    const cannot = byTestId(workflows(), 'cannot-enroll');
    await cannot.waitFor();
    expect(await cannot.textContent()).toContain("Can't enroll");
    expect(await byTestId(workflows(), 'open-enroll').count()).toBe(0);
    await s.screenshot('workflows-no-email');
  });
});
