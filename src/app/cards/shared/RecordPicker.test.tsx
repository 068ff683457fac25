/** The shared picker alone: ordering, disabled items shown or counted, the cap, the footer. */
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { Alert, Button, EmptyState, LoadingButton, Panel, Text, ToggleGroup } from '@hubspot/ui-extensions';
import { filterByLabel, RecordPickerPanel, type PickerItem, type RecordPickerPanelProps } from './RecordPicker';

const items: PickerItem[] = [
  { id: 'b', label: 'Blocked one', disabledReason: 'It is turned off.' },
  { id: 'a', label: 'Alpha', description: '5 steps' },
  { id: 'c', label: 'Charlie' },
];

function renderPicker(over: Partial<RecordPickerPanelProps> = {}) {
  const calls = { select: [] as string[], click: 0, cancel: 0 };
  const r = createRenderer('crm.record.sidebar');
  const props: RecordPickerPanelProps = {
    panelId: 'p',
    title: 'Pick',
    testId: 'picker-panel',
    onOpen: () => {},
    onClose: () => {},
    name: 'thing',
    label: 'Thing',
    searchLabel: 'Search things',
    query: '',
    onQueryChange: () => {},
    items,
    total: 40,
    noun: 'things',
    emptyText: 'None.',
    selectedId: null,
    onSelect: (id) => calls.select.push(id),
    action: { label: 'Go', pendingLabel: 'Going…', pending: false, disabled: false, onClick: () => calls.click++, testId: 'go' },
    onCancel: () => calls.cancel++,
    ...over,
  };
  r.render(<Button overlay={<RecordPickerPanel {...props} />}>open</Button>);
  return { r, calls };
}

describe('RecordPicker', () => {
  it('choosable items first, the others greyed with their reason; a disabled item is never selected', () => {
    const { r, calls } = renderPicker();
    const group = r.find(ToggleGroup, { testId: 'thing-options' });
    expect(group.props.toggleType).toBe('radioButtonList');
    expect(group.props.options.map((o) => [o.label, o.readOnly, o.description])).toEqual([
      ['Alpha', false, '5 steps'],
      ['Charlie', false, undefined],
      ['Blocked one', true, 'It is turned off.'],
    ]);
    expect(r.find(Text, { testId: 'thing-count' }).text).toBe('3 of 40 things');
    group.trigger('onChange', 'b' as never);
    group.trigger('onChange', 'c' as never);
    expect(calls.select).toEqual(['c']);
  });

  it("disabledItems 'count': left out and counted; maxShown caps the list and says so", () => {
    const { r } = renderPicker({ disabledItems: 'count', maxShown: 1, query: 'a' });
    expect(r.find(ToggleGroup, { testId: 'thing-options' }).props.options.map((o) => o.label)).toEqual(['Alpha']);
    expect(r.find(Text, { testId: 'thing-count' }).text).toBe('3 of 40 things match "a" · 1 can\'t be chosen (not shown) · showing the first 1: type more of the name');
  });

  it('the footer: the result beside one primary button and Cancel', () => {
    const { r, calls } = renderPicker({
      result: (
        <Alert title="Refused" testId="result">
          No.
        </Alert>
      ),
    });
    const panel = r.find(Panel, { testId: 'picker-panel' });
    expect(panel.find(Alert, { testId: 'result' }).text).toContain('No.');
    panel.find(LoadingButton, { testId: 'go' }).trigger('onClick');
    panel.find(Button, { testId: 'thing-cancel' }).trigger('onClick');
    expect(calls).toMatchObject({ click: 1, cancel: 1 });
    expect(panel.findAll(LoadingButton).filter((b) => b.props.variant === 'primary')).toHaveLength(1);
  });

  it('fields sit between the list and the preview; countText replaces the count', () => {
    const { r } = renderPicker({ fields: <Text testId="sender">Send from</Text>, preview: <Text testId="steps">Steps</Text>, countText: 'Showing 3 of 40' });
    const order = r
      .findAll(Text)
      .map((t) => t.props.testId)
      .filter((id) => id === 'thing-count' || id === 'sender' || id === 'steps');
    expect(order).toEqual(['thing-count', 'sender', 'steps']);
    expect(r.find(Text, { testId: 'thing-count' }).text).toBe('Showing 3 of 40');
  });

  it('empty: emptyTitle and emptyText (the title defaults to "Nothing to show")', () => {
    expect(renderPicker({ items: [] }).r.find(EmptyState, { testId: 'thing-empty' }).props.title).toBe('Nothing to show');
    const { r } = renderPicker({ items: [], emptyTitle: 'No matching thing' });
    expect(r.find(EmptyState, { testId: 'thing-empty' }).props.title).toBe('No matching thing');
    expect(r.find(EmptyState, { testId: 'thing-empty' }).find(Text).text).toBe('None.');
  });

  it('filterByLabel: case-insensitive "contains", all for an empty query', () => {
    expect(filterByLabel(items, ' ALP ').map((i) => i.id)).toEqual(['a']);
    expect(filterByLabel(items, '')).toBe(items);
  });
});
