/**
 * "Would this contact enroll?" in a real browser on the emulated portal: a workflow's panel on the Workflows
 * card shows "For <first name>" with the verdict, for a contact who meets the trigger (Aoife), one who does
 * not (Liam, with his value), and one the app cannot tell (Maeve, an event trigger); without crm.lists.read
 * Liam's list line says which scope would tell. Screenshots: artifacts/screenshots/trigger-check-*.png
 * (UPDATE_DOCS_SCREENSHOT=1 copies them to docs/).
 */
import { FIXTURES } from '../../portal/fixtures';
import { byTestId, card, describeBrowser, openRecord, openSession, toDocs, type Session } from './harness';

jest.setTimeout(90_000);

const C = FIXTURES.contacts;
const W = FIXTURES.legacyWorkflows;

describeBrowser('trigger check in a workflow panel', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ demo: false });
  });
  afterAll(async () => {
    s?.wb.portal.setWithheldScopes([]);
    await s?.close();
  });

  async function openCheck(contactId: string, workflowId: number) {
    await openRecord(s, contactId, FIXTURES.users.rep.userId);
    const open = byTestId(card(s, 'workflows-card'), `open-workflow-${workflowId}`);
    await open.waitFor();
    await open.click();
    const panel = s.page.locator(`[data-testid="workflow-panel-${workflowId}"]`);
    const section = byTestId(panel, `trigger-check-${workflowId}`);
    await section.waitFor();
    return { section, text: (await section.textContent()) ?? '', verdict: (await byTestId(panel, `trigger-check-${workflowId}-verdict`).textContent()) ?? '' };
  }

  it('meets: Aoife, every criterion of the deciding group ✓', async () => {
    s.wb.portal.reset();
    const { text, verdict } = await openCheck(C.meetsTrigger, W.irelandLeads);
    expect(verdict).toBe('Meets the trigger');
    expect(text).toContain('For Aoife');
    expect(text).toContain('Aoife meets the trigger: Country/Region is equal to Ireland ✓, Lifecycle stage is any of Lead ✓');
    expect(text).toContain('Aoife is already in this workflow');
    toDocs(await s.screenshot('trigger-check-meets'), 'trigger-check-meets.png');
    expect(s.errors).toEqual([]);
  });

  it('does not meet: Liam, with his value where it differs', async () => {
    const { text, verdict } = await openCheck(C.missesTrigger, W.irelandLeads);
    expect(verdict).toBe("Doesn't meet the trigger");
    expect(text).toContain('Liam does not meet the trigger: Country/Region is equal to Ireland ✗ (United Kingdom)');
    toDocs(await s.screenshot('trigger-check-does-not-meet'), 'trigger-check-does-not-meet.png');
  });

  it('cannot tell: Maeve in a form-submission workflow, with why', async () => {
    const { text, verdict } = await openCheck(C.triggerByList, W.seedFormSubmission);
    expect(verdict).toBe("Can't tell");
    expect(text).toContain("The app can't tell whether Maeve meets the trigger");
    expect(text).toContain('the app cannot see past events');
    toDocs(await s.screenshot('trigger-check-cannot-tell'), 'trigger-check-cannot-tell.png');
  });

  it("in the enroll picker's preview: the check for the selected workflow (Ben, a lead, and Welcome series' subscribers)", async () => {
    await openRecord(s, C.notEnrolled, FIXTURES.users.rep.userId);
    await byTestId(card(s, 'workflows-card'), 'open-enroll').click();
    const panel = s.page.locator('[data-testid="enroll-workflow-panel"]');
    const options = byTestId(panel, 'workflow-options');
    await options.waitFor();
    await options.getByRole('radio', { name: /Welcome series/ }).check();
    const section = byTestId(panel, 'preview-trigger-check');
    await section.waitFor();
    expect(await byTestId(panel, 'preview-trigger-check-verdict').textContent()).toBe("Doesn't meet the trigger");
    expect(await section.textContent()).toContain('Ben does not meet the trigger: Lifecycle stage is any of Subscriber ✗ (Lead)');
    await s.page.mouse.move(0, 0);
    toDocs(await s.screenshot('trigger-check-picker'), 'trigger-check-picker.png');
  });

  it('without crm.lists.read: the list line is unknown and names the scope, never not met', async () => {
    s.wb.portal.setWithheldScopes(['crm.lists.read']);
    try {
      const { text, verdict } = await openCheck(C.missesTrigger, W.irelandLeads);
      expect(verdict).toBe("Can't tell");
      expect(text).toContain('needs the crm.lists.read scope');
      await s.screenshot('trigger-check-no-lists-scope');
    } finally {
      s.wb.portal.setWithheldScopes([]);
    }
    expect(s.errors).toEqual([]);
  });
});
