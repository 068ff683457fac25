/**
 * Names in a decoded workflow, in a real browser on the emulated portal: the Workflows card's panel shows
 * HubSpot's names (email names, option labels); with the workbench's "Lists/forms/emails scopes" switch off the
 * marketing emails show their ids and one line says which scope would add their names.
 * UPDATE_DOCS_SCREENSHOT=1 copies both screenshots to docs/ (the README's pictures).
 */
import { FIXTURES } from '../../portal/fixtures';
import { byTestId, card, describeBrowser, openRecord, openSession, toDocs, type Session } from './harness';

jest.setTimeout(90_000);

const W = FIXTURES.legacyWorkflows;

describeBrowser('decoded workflow with names', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ demo: false });
  });
  afterAll(async () => {
    s?.wb.portal.setWithheldScopes([]);
    await s?.close();
  });

  async function openWelcome() {
    await openRecord(s, FIXTURES.contacts.inWorkflows, FIXTURES.users.rep.userId);
    const workflows = card(s, 'workflows-card');
    const open = byTestId(workflows, `open-workflow-${W.welcome}`);
    await open.waitFor();
    await open.click();
    const panel = s.page.locator(`[data-testid="workflow-panel-${W.welcome}"]`);
    const view = byTestId(panel, `decoded-${W.welcome}`);
    await view.waitFor();
    return { panel, view };
  }

  it('shows names, not ids', async () => {
    s.wb.portal.reset();
    const { panel, view } = await openWelcome();
    const text = (await view.textContent()) ?? '';
    expect(text).toContain('Send marketing email Welcome 1 – Getting started');
    expect(text).toContain('Set Lifecycle stage to Marketing Qualified Lead');
    expect(text).toContain('Lifecycle stage is any of Subscriber');
    expect(text).not.toContain('41000001');
    expect(await byTestId(panel, `name-notices-${W.welcome}`).count()).toBe(0);
    toDocs(await s.screenshot('workflow-names'), 'workflow-names.png');
    expect(s.errors).toEqual([]);
  });

  it('without the optional scopes: ids for the emails, one notice naming the scope, the rest named', async () => {
    await openRecord(s, FIXTURES.contacts.inWorkflows, FIXTURES.users.rep.userId);
    const toggle = s.page.locator('[data-testid="scope-names"]');
    await toggle.waitFor();
    await s.page.waitForFunction(() => !(document.querySelector('[data-testid="scope-names"]') as HTMLInputElement).disabled);
    await toggle.click(); // controlled: unchecked (scopes withheld) once the portal answered
    await s.page.waitForFunction(() => !(document.querySelector('[data-testid="scope-names"]') as HTMLInputElement).checked);
    expect(s.wb.portal.withheldScopes().sort()).toEqual(['content', 'crm.lists.read', 'crm.schemas.custom.read', 'forms']);
    const { panel, view } = await openWelcome();
    const notice = byTestId(panel, `name-notices-${W.welcome}`);
    await notice.waitFor();
    expect(await notice.textContent()).toContain('marketing email names need the content scope');
    const text = (await view.textContent()) ?? '';
    expect(text).toContain('Send marketing email 41000001');
    expect(text).toContain('Set Lifecycle stage to Marketing Qualified Lead');
    toDocs(await s.screenshot('workflow-names-degraded'), 'workflow-names-degraded.png');
    s.wb.portal.setWithheldScopes([]); // the open panel covers the toolbar
    expect(s.errors).toEqual([]);
  });
});
