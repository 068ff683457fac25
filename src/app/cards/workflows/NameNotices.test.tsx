import { createRenderer } from '@hubspot/ui-extensions/testing';
import { Panel, Text } from '@hubspot/ui-extensions';
import { NameNotices } from './NameNotices';
import { WorkflowPanel } from './WorkflowPanel';
import { fakeRunner, ok } from '../shared/testing';
import { three, welcomeDetails } from './__fixtures__/workflows';
import type { GetWorkflowResult } from '../../../../server/functions/get-workflow';
import type { ContactWorkflowsResult } from '../../../../server/workflows/types';
import type { FunctionState } from '../shared/useFunction';
import { useWrites } from '../shared/useWrites';
import { WORKFLOW_WRITES } from './membership';

const withNotices: GetWorkflowResult = {
  ...welcomeDetails,
  nameNotices: [
    { scope: 'crm.lists.read', adds: 'list names' },
    { scope: 'content', adds: 'marketing email names' },
  ],
};

const idle: FunctionState<ContactWorkflowsResult> = { pending: false, error: null, data: null, lastData: null, asked: 0, answered: 0, reload: () => undefined };

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
    const r = createRenderer('crm.record.sidebar');
    const welcome = three.workflows[2];
    // The panel on the card's write lifecycle, over a list that is never read (no write happens here).
    const Host = () => {
      const writes = useWrites(runner.run, idle, WORKFLOW_WRITES, () => undefined);
      return <WorkflowPanel run={runner.run} workflow={welcome} contactId="1006" userId="2620022" contactName="Finn" busy={false} writes={writes} onUnenrolled={() => undefined} />;
    };
    r.render(<Host />);
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
