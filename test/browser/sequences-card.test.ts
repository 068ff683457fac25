/**
 * The Sequences card in a real browser on the emulated portal:
 * (a) enrolling under 3 s of latency per HubSpot call: from the success on, the card never shows
 *     "Not in a sequence" or an active Enroll button; it shows the enrolled state from the answer's
 *     status (the state the enrollment produced) and reads nothing more: no second function call;
 * (b) the compact enrolled summary and the "View all steps" panel (screenshots for the README);
 * (c) a user with no connected inbox: HubSpot's refusal becomes advice, not a dead choice;
 * (e) the enroll panel is the picker the Workflows card uses: a radio list with a count, the sender and
 *     Enroll in view above a long preview, and a refusal (no paid seat) beside the button, in view.
 */
import { FIXTURES } from '../../portal/fixtures';
import { byTestId, card, describeBrowser, openRecord, suiteSession, toDocs } from './harness';

jest.setTimeout(120_000);

describeBrowser('sequences card on the workbench', () => {
  const s = suiteSession({ demo: false });
  const sequences = () => card(s, 'sequences-card');

  async function openEnrollPanelWithPreview(contactId: string, userId: string) {
    await openRecord(s, contactId, userId);
    await byTestId(sequences(), 'not-enrolled').waitFor();
    await byTestId(sequences(), 'open-enroll').click();
    const panel = s.page.locator('[data-testid="enroll-panel"]');
    await panel.waitFor();
    await panel.getByLabel('Search sequences').fill('outbound');
    await new Promise((r) => setTimeout(r, 450));
    await byTestId(panel, 'sequence-loading').waitFor({ state: 'detached' });
    await byTestId(panel, 'sequence-options').locator(`input[type="radio"][value="${FIXTURES.sequences.outboundProspecting}"]`).check();
    await byTestId(panel, 'preview-steps').waitFor();
    return panel;
  }

  it('(a) enroll under 3 s latency: enrolled at once from the answer, no re-read, never "Not in a sequence" or an active Enroll after the success', async () => {
    const panel = await openEnrollPanelWithPreview(FIXTURES.contacts.notEnrolled, FIXTURES.users.rep.userId);
    s.wb.portal.setFaults({ latencyMs: 3000 });
    // A busy page (as under a loaded machine): its short timers run late. The host draws a card's updates on
    // such a timer, so this makes the race deterministic: an "Enrolled" toast must not overtake the card's own update.
    await s.page.evaluate(() => {
      const original = window.setTimeout;
      (window as unknown as { setTimeout: unknown }).setTimeout = (fn: () => void, ms?: number, ...rest: unknown[]) => original(fn, (ms ?? 0) < 5 ? 60 : ms, ...rest);
    });
    // Watch the card from the page itself, on every DOM change: once the toast says "Enrolled", record any
    // moment the card shows the not-enrolled state or an Enroll button that can be clicked.
    await s.page.evaluate(() => {
      const w = window as unknown as { __seen: { success: boolean; stale: string[]; refreshing: boolean } };
      w.__seen = { success: false, stale: [], refreshing: false };
      const check = () => {
        const cardEl = document.querySelector('[data-card-uid="sequences-card"]');
        if (!w.__seen.success && [...document.querySelectorAll('[data-testid="toast"]')].some((t) => /Enrolled/.test(t.textContent ?? ''))) w.__seen.success = true;
        if (!w.__seen.success || !cardEl) return;
        if (cardEl.querySelector('[data-testid="not-enrolled"]')) w.__seen.stale.push('not-enrolled');
        if (/Not in a sequence/.test(cardEl.textContent ?? '')) w.__seen.stale.push('Not in a sequence');
        const enroll = cardEl.querySelector<HTMLButtonElement>('[data-testid="open-enroll"]');
        if (enroll && !enroll.disabled) w.__seen.stale.push('active Enroll');
        if (/Refreshing…/.test(cardEl.textContent ?? '')) w.__seen.refreshing = true;
      };
      new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const started = Date.now();
    await byTestId(panel, 'enroll-submit').click();
    await s.page.locator('[data-testid="toast"]', { hasText: 'Enrolled' }).waitFor({ timeout: 30_000 });
    const enrolled = byTestId(sequences(), 'enrolled');
    await enrolled.waitFor({ timeout: 5_000 });
    expect(await byTestId(sequences(), 'sequence-name').textContent()).toContain('Outbound prospecting');
    expect(await byTestId(sequences(), 'enrolled-by').textContent()).toContain(`just now by ${FIXTURES.users.rep.firstName} ${FIXTURES.users.rep.lastName}`);
    await s.screenshot('sequences-enrolled-after-enroll');
    expect(Date.now() - started).toBeGreaterThan(3_000); // the latency was real
    // Longer than one HubSpot call: a re-read would have started (and shown "Refreshing…") by now.
    await new Promise((r) => setTimeout(r, 4_000));
    await enrolled.waitFor();
    const seen = await s.page.evaluate(() => (window as unknown as { __seen: { success: boolean; stale: string[]; refreshing: boolean } }).__seen);
    expect(seen).toEqual({ success: true, stale: [], refreshing: false });
    // Nothing read the enrollment after the POST: the answer carried the status it produced.
    const post = s.wb.portal.calls.find((c) => c.method === 'POST' && c.path.endsWith('/enrollments'))!;
    expect(s.wb.portal.calls.filter((c) => c.startedAt > post.startedAt && c.path.includes('/enrollments/contact/'))).toEqual([]);
    expect(s.wb.portal.state.data.sequenceEnrollments.filter((e) => e.contactId === FIXTURES.contacts.notEnrolled && e.active)).toHaveLength(1);
    expect(s.wb.portal.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/enrollments'))).toHaveLength(1);
    expect(s.errors).toEqual([]);
  });

  it('(b) the compact summary of an enrolled contact, and every step in the "View all steps" panel', async () => {
    await openRecord(s, FIXTURES.contacts.enrolled, FIXTURES.users.rep.userId);
    await byTestId(sequences(), 'enrolled').waitFor();
    await byTestId(sequences(), 'progress').waitFor();
    const summary = (await sequences().textContent()) ?? '';
    expect(summary).toMatch(/Step \d of \d|All \d steps/);
    expect(summary).not.toMatch(/\bDay \d|\{\{|Template 9|undefined/);
    expect(await byTestId(sequences(), 'enrolled-steps').count()).toBe(0); // no step list on the sidebar
    // The Workflows card is still on screen below it (the sidebar is not pushed off).
    const wf = await card(s, 'workflows-card').boundingBox();
    expect(wf && wf.y < 960).toBe(true);
    const shot = await s.screenshot('sequences-compact');
    await byTestId(sequences(), 'view-steps').click();
    const panel = s.page.locator('[data-testid="steps-panel"]');
    await panel.waitFor();
    const steps = byTestId(panel, 'enrolled-steps').locator(':scope > li');
    expect(await steps.count()).toBe(3);
    const text = (await panel.textContent()) ?? '';
    expect(text).toMatch(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d{1,2}/);
    expect(text).toMatch(/After step 1 is done, earliest/);
    expect(text).not.toMatch(/\bDay \d/);
    const panelShot = await s.screenshot('sequences-steps-panel');
    toDocs(shot, 'sequences-compact.png');
    toDocs(panelShot, 'sequences-steps-panel.png');
    expect(s.errors).toEqual([]);
  });

  it('(d) template names need the optional scope: the toolbar switch withholds it and the steps fall back to the id', async () => {
    let panel = await openEnrollPanelWithPreview(FIXTURES.contacts.notEnrolled, FIXTURES.users.rep.userId);
    expect(await byTestId(panel, 'preview-steps').textContent()).toContain('Intro – short and friendly');
    await s.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    const toggle = s.page.locator('[data-testid="scope-templates"]');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click(); // controlled: it flips once the portal confirms
    await s.page.waitForFunction(() => !(document.querySelector('[data-testid="scope-templates"]') as HTMLInputElement | null)?.checked);
    expect(s.wb.portal.withheldScopes()).toEqual(['sales-templates-public-read']);
    panel = await openEnrollPanelWithPreview(FIXTURES.contacts.notEnrolled, FIXTURES.users.rep.userId);
    const text = (await byTestId(panel, 'preview-steps').textContent()) ?? '';
    expect(text).toContain('Email template 91000001');
    expect(text).not.toContain('Intro – short and friendly');
    await s.screenshot('sequences-preview-no-templates-scope');
    expect(s.wb.portal.calls.some((c) => c.path.includes('/email-templates/') && c.status === 403)).toBe(true);
  });

  it('(e) the shared picker: radio list and count, sender and Enroll in view over a long preview, a refusal beside the button', async () => {
    await openRecord(s, FIXTURES.contacts.notEnrolled, FIXTURES.users.rep.userId);
    await byTestId(sequences(), 'open-enroll').click();
    let panel = s.page.locator('[data-testid="enroll-panel"]');
    const options = byTestId(panel, 'sequence-options');
    await options.waitFor();
    const total = s.wb.portal.state.data.sequences.length;
    expect(await options.getByRole('radio').count()).toBe(total);
    expect(await byTestId(panel, 'sequence-count').textContent()).toBe(`${total} of ${total} sequences`);
    expect(await panel.getByRole('button', { name: /Outbound prospecting/ }).count()).toBe(0); // radios, not a stack of buttons
    await options.getByRole('radio', { name: /^Outbound prospecting/ }).check();
    await byTestId(panel, 'preview-steps').waitFor();
    // What decides whether Enroll can work sits above the long preview, and the footer stays in view.
    const footer = (await panel.locator('footer').boundingBox())!;
    const sender = (await byTestId(panel, 'sender').boundingBox())!;
    expect(sender.y + sender.height).toBeLessThanOrEqual(footer.y);
    expect(footer.y + footer.height).toBeLessThanOrEqual(s.page.viewportSize()!.height);
    const text = (await panel.textContent()) ?? '';
    expect(text).not.toMatch(/\b2000000\d\d\b|undefined|\{\{|Day \d/); // no ids, no raw tokens, no "Day 3"
    await s.page.mouse.move(0, 0);
    toDocs(await s.screenshot('sequences-picker'), 'sequences-picker.png');

    // A user without a paid seat: HubSpot refuses (the app cannot know before the click).
    await s.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    panel = await openEnrollPanelWithPreview(FIXTURES.contacts.notEnrolled, FIXTURES.users.repNoSeat.userId);
    const submit = byTestId(panel, 'enroll-submit');
    await submit.click();
    const refusal = byTestId(panel, 'enroll-error');
    await refusal.waitFor({ timeout: 20_000 });
    expect(await refusal.textContent()).toMatch(/seat/);
    // Beside the button, in the footer, in view; nothing offers to try the same again.
    expect(await panel.locator('footer [data-testid="enroll-error"]').count()).toBe(1);
    const shown = (await refusal.boundingBox())!;
    expect(shown.y + shown.height).toBeLessThanOrEqual(s.page.viewportSize()!.height);
    expect(await panel.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await submit.isDisabled()).toBe(true);
    await s.screenshot('sequences-picker-refused');
    expect(s.wb.portal.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/enrollments'))).toHaveLength(1);
    expect(s.errors).toEqual([]);
  });

  it('(c) a user with no connected inbox: HubSpot refuses once, the card says how to connect one and offers no dead sender', async () => {
    const panel = await openEnrollPanelWithPreview(FIXTURES.contacts.notEnrolled, FIXTURES.users.repNoInbox.userId);
    await byTestId(panel, 'enroll-submit').click();
    const advice = byTestId(panel, 'no-inbox');
    await advice.waitFor({ timeout: 20_000 });
    expect(await advice.textContent()).toContain('Settings → General → Email');
    expect(await byTestId(panel, 'sender').count()).toBe(0);
    expect(await byTestId(panel, 'enroll-submit').isDisabled()).toBe(true);
    await s.screenshot('sequences-no-inbox');
    expect(s.wb.portal.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/enrollments'))).toHaveLength(1);
  });
});
