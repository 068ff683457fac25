/**
 * The workbench pipeline with its own demo card: worker + remote-ui host, serverless through child
 * processes, overlays, alerts, function crash and the 15 s kill (shortened here), portal faults.
 */
import { FIXTURES } from '../../portal/fixtures';
import { card, describeBrowser, openRecord, suiteSession } from './harness';

jest.setTimeout(60_000);

describeBrowser('workbench (demo card)', () => {
  const s = suiteSession({ demo: true, functionTimeoutMs: 2_000 });
  const demo = () => card(s, 'workbench-demo-card');

  it('renders the card in a worker with data from a serverless call against the portal', async () => {
    await openRecord(s, FIXTURES.contacts.enrolled, FIXTURES.users.rep.userId);
    await demo().getByText(`Hello ${FIXTURES.users.rep.firstName}`).waitFor();
    await demo().getByRole('cell', { name: "Melinda's simple call sequence" }).waitFor();
    await demo().getByText('Connected').waitFor();
    // The record header comes from the portal's contact.
    await s.page.locator('[data-testid="record-name"]', { hasText: 'Ada Enrolled' }).waitFor();
    expect(s.errors).toEqual([]);
  });

  it('SearchInput onInput re-queries; Button overlay opens the Panel; Select + closeOverlay + addAlert work', async () => {
    await openRecord(s, FIXTURES.contacts.notEnrolled, FIXTURES.users.rep.userId);
    await demo().getByRole('cell', { name: 'Partner intro' }).waitFor();
    await demo().getByLabel('Search sequences').fill('renewal');
    await demo().getByRole('cell', { name: 'Renewal reminder (customers)' }).waitFor();
    await demo().getByRole('cell', { name: 'Partner intro' }).waitFor({ state: 'detached' });

    await demo().getByRole('button', { name: 'Open panel' }).click();
    const panel = s.page.getByRole('dialog', { name: 'Demo panel' });
    await panel.waitFor();
    await panel.getByLabel('Sequence').selectOption({ label: 'Renewal reminder (customers)' });
    await panel.getByText(`Picked: ${FIXTURES.sequences.renewalReminder}`).waitFor();
    await s.screenshot('workbench-demo-panel');
    await panel.getByRole('button', { name: 'Confirm' }).click();
    await panel.waitFor({ state: 'detached' });
    await s.page.locator('[data-testid="toast"]', { hasText: `Picked sequence ${FIXTURES.sequences.renewalReminder}` }).waitFor();
  });

  it('a crashing function and a killed function reject hubspot.serverless in the card', async () => {
    await openRecord(s, FIXTURES.contacts.enrolled, FIXTURES.users.rep.userId);
    await demo().getByRole('button', { name: 'Crashing function' }).click();
    await demo()
      .getByText(/workbench-demo-crash was rejected: Function workbench-demo-crash threw: demo crash/)
      .waitFor();
    await demo()
      .getByRole('button', { name: /Slow function/ })
      .click();
    await demo()
      .getByText(/workbench-demo-slow was rejected: .*timed out after 2000 ms/)
      .waitFor({ timeout: 10_000 });
  });

  it('faults set in the toolbar reach the functions; changing the contact re-creates the worker', async () => {
    await openRecord(s, FIXTURES.contacts.enrolled, FIXTURES.users.rep.userId);
    await demo().getByText('Connected').waitFor();
    await s.page.locator('[data-testid="fault-5xx"]').fill('100');
    await s.page.locator('[data-testid="fault-apply"]').click();
    await s.page.locator('[data-testid="toast"]', { hasText: '5xx 100 %' }).waitFor();
    // A new contact = new workers: the demo card loads again, now against a failing portal.
    await s.page.locator('[data-testid="pick-contact"]').selectOption(FIXTURES.contacts.notEnrolled);
    const alert = demo().getByRole('alert').filter({ hasText: 'Could not load sequences' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/HTTP 5\d\d/);
    await s.screenshot('workbench-demo-faults');
    expect(s.wb.portal.calls.some((c) => c.faulted === '5xx')).toBe(true);

    await s.page.locator('[data-testid="fault-clear"]').click();
    await s.page.locator('[data-testid="toast"]', { hasText: '5xx 0 %' }).waitFor();
    await demo().getByRole('button', { name: 'Try again' }).click();
    await demo().getByText('Connected').waitFor();
  });

  it('reset portal restores the seed data and reloads the cards', async () => {
    await openRecord(s, FIXTURES.contacts.enrolled, FIXTURES.users.rep.userId);
    s.wb.portal.setFaults({ rate5xx: 1 });
    await s.page.locator('[data-testid="reset-portal"]').click();
    await s.page.locator('[data-testid="toast"]', { hasText: 'Portal reset' }).waitFor();
    expect((await (await fetch(`${s.wb.url}/api/portal/faults`)).json()).rate5xx).toBe(0);
  });
});
