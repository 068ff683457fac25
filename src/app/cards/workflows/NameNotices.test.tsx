import { createRenderer } from '@hubspot/ui-extensions/testing';
import { Panel, Text } from '@hubspot/ui-extensions';
import { NameNotices } from './NameNotices';
import { WorkflowPanel } from './WorkflowPanel';
import { fakeRunner, ok } from '../shared/testing';
import type { GetWorkflowResult } from '../../../../server/functions/get-workflow';

const workflow: GetWorkflowResult = {
  flowId: '600000001', name: 'Welcome series', isEnabled: true, objectTypeId: '0-1', objectLabel: 'Contacts', flowType: 'CONTACT_FLOW',
  trigger: { type: 'MANUAL', summary: 'Manual enrollment only.', lines: [], reEnrollment: false, reEnrollmentSummary: 'Re-enrollment is off.', reEnrollmentLines: [], unenrollWhenNotMeetingCriteria: false },
  steps: [], executionOrder: [], unreachable: [], problems: [], actionCount: 0,
  nameNotices: [{ scope: 'crm.lists.read', adds: 'list names' }, { scope: 'content', adds: 'marketing email names' }],
};

describe('NameNotices', () => {
  it('one line for all missing optional scopes; nothing when none', () => {
    const r = createRenderer('crm.record.sidebar');
    r.render(<NameNotices notices={workflow.nameNotices} />);
    expect(r.findAll(Text).map((t) => t.text)).toEqual([
      'Some items show their ids: list names need the crm.lists.read scope and marketing email names need the content scope. An admin can grant these optional scopes to the app.',
    ]);
    const none = createRenderer('crm.record.sidebar');
    none.render(<NameNotices notices={[]} />);
    expect(none.findAll(Text)).toHaveLength(0);
  });

  it('the workflow panel shows it above the decoded workflow, and asks get-workflow as the acting user', async () => {
    const runner = fakeRunner({ 'get-workflow': ok(workflow) });
    const r = createRenderer('crm.record.sidebar');
    r.render(<WorkflowPanel run={runner.run} flowId="600000001" name="Welcome series" userId="2620022" />);
    expect(runner.callsOf('get-workflow')).toHaveLength(0); // nothing fetched before the panel opens
    r.find(Panel).trigger('onOpen');
    await r.waitFor(() => expect(r.maybeFind(Text, { testId: 'name-notices' })).not.toBeNull());
    expect(runner.callsOf('get-workflow')[0].params).toEqual({ flowId: '600000001', userId: '2620022' });
    const all = r.findAll(Text).map((t) => t.text);
    expect(all.indexOf(r.find(Text, { testId: 'name-notices' }).text)).toBeLessThan(all.indexOf('Manual enrollment only.'));
  });
});
