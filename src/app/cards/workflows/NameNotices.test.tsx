import { createRenderer } from '@hubspot/ui-extensions/testing';
import { Panel, Text } from '@hubspot/ui-extensions';
import { NameNotices } from './NameNotices';
import { fakeRunner, ok } from '../shared/testing';
import { three, welcomeDetails } from './__fixtures__/workflows';
import { renderWorkflowPanel } from './__fixtures__/render';
import type { GetWorkflowResult } from '../../../../server/functions/get-workflow';

const withNotices: GetWorkflowResult = {
  ...welcomeDetails,
  nameNotices: [
    { scope: 'crm.lists.read', adds: 'list names' },
    { scope: 'content', adds: 'marketing email names' },
  ],
};

describe('NameNotices', () => {
  it('one line for all missing optional scopes; nothing when none', () => {
    const r = createRenderer('crm.record.sidebar');
    r.render(<NameNotices notices={withNotices.nameNotices} />);
    expect(r.findAll(Text).map((t) => t.text)).toEqual([
      'Some items show their ids: list names need the crm.lists.read scope and marketing email names need the content scope. An admin can grant these optional scopes to the app.',
    ]);
    const none = createRenderer('crm.record.sidebar');
    none.render(<NameNotices notices={[]} />);
    expect(none.findAll(Text)).toHaveLength(0);
  });

  it('the workflow panel shows it above the decoded workflow, and asks get-workflow as the acting user', async () => {
    const runner = fakeRunner({ 'get-workflow': ok(withNotices) });
    const welcome = three.workflows[2];
    const r = renderWorkflowPanel(runner, welcome);
    expect(runner.callsOf('get-workflow')).toHaveLength(0); // nothing fetched before the panel opens
    r.find(Panel).trigger('onOpen');
    const testId = `name-notices-${welcome.legacyWorkflowId}`;
    await r.waitFor(() => expect(r.maybeFind(Text, { testId })).not.toBeNull());
    expect(runner.callsOf('get-workflow')[0].params).toMatchObject({ flowId: welcome.flowId, userId: '2620022' });
    const all = r.findAll(Text).map((t) => t.text);
    const firstStep = all.findIndex((t) => t === welcomeDetails.steps[0].summary);
    expect(firstStep).toBeGreaterThan(-1);
    expect(all.indexOf(r.find(Text, { testId }).text)).toBeLessThan(firstStep);
  });
});
