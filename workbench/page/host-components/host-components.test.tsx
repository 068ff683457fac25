/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createRemoteRoot } from '@remote-ui/core';
import { createRoot as createRemoteReactRoot } from '@remote-ui/react';
import { RemoteRenderer, createRemoteReceiver } from '@remote-ui/react/host';
import * as Remote from '@hubspot/ui-extensions';
import { OverlayProvider, OverlayStore, createHostController, hostComponents } from './index';
import {
  Accordion,
  Alert,
  Box,
  Button,
  DescriptionList,
  DescriptionListItem,
  Divider,
  EmptyState,
  ErrorState,
  Flex,
  Heading,
  Input,
  Link,
  List,
  LoadingButton,
  LoadingSpinner,
  Modal,
  ModalBody,
  ModalFooter,
  Panel,
  PanelBody,
  PanelFooter,
  PanelSection,
  SearchInput,
  Select,
  Stack,
  Statistics,
  StatisticsItem,
  StatusTag,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Tabs,
  Tag,
  Text,
  Tile,
  ToggleGroup,
  Tooltip,
} from './components-for-tests';

function renderWithStore(ui: ReactElement, store = new OverlayStore()) {
  const result = render(<OverlayProvider store={store}>{ui}</OverlayProvider>);
  return { ...result, store };
}

describe('host components render', () => {
  const cases: [string, ReactElement, (c: HTMLElement) => void][] = [
    [
      'Text (microcopy, bold)',
      <Text variant="microcopy" format={{ fontWeight: 'bold' }}>
        small print
      </Text>,
      (c) => {
        const el = within(c).getByText('small print');
        expect(el.className).toContain('hs-text--microcopy');
        expect(el.style.fontWeight).toBe('700');
      },
    ],
    ['Heading', <Heading>Title</Heading>, (c) => expect(within(c).getByRole('heading', { name: 'Title' })).toBeTruthy()],
    ['Link', <Link href="https://example.com">Docs</Link>, (c) => expect(within(c).getByRole('link', { name: /Docs/ }).getAttribute('target')).toBe('_blank')],
    ['Tag', <Tag variant="success">Active</Tag>, (c) => expect(within(c).getByText('Active').className).toContain('hs-tag--success')],
    ['StatusTag', <StatusTag variant="danger">Failed</StatusTag>, (c) => expect(c.querySelector('.hs-status-tag--danger')?.textContent).toContain('Failed')],
    [
      'Alert',
      <Alert title="Heads up" variant="warning">
        Body
      </Alert>,
      (c) => {
        const alert = within(c).getByRole('alert');
        expect(alert.textContent).toContain('Heads up');
        expect(alert.textContent).toContain('Body');
      },
    ],
    [
      'Flex + Box',
      <Flex direction="column" gap="md">
        <Box flex={1}>one</Box>
      </Flex>,
      (c) => {
        const flex = c.querySelector('.hs-flex') as HTMLElement;
        expect(flex.style.flexDirection).toBe('column');
        expect(flex.style.gap).toBe('16px');
        expect(within(c).getByText('one')).toBeTruthy();
      },
    ],
    ['Stack', <Stack distance="sm">stacked</Stack>, (c) => expect(within(c).getByText('stacked')).toBeTruthy()],
    ['Tile', <Tile compact>tiled</Tile>, (c) => expect(c.querySelector('.hs-tile--compact')?.textContent).toBe('tiled')],
    ['Divider', <Divider />, (c) => expect(c.querySelector('hr')).toBeTruthy()],
    [
      'DescriptionList',
      <DescriptionList>
        <DescriptionListItem label="Owner">Melinda</DescriptionListItem>
      </DescriptionList>,
      (c) => {
        expect(c.querySelector('dt')?.textContent).toBe('Owner');
        expect(c.querySelector('dd')?.textContent).toBe('Melinda');
      },
    ],
    [
      'Table',
      <Table>
        <TableHead>
          <TableRow>
            <TableHeader>Step</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow>
            <TableCell>Call</TableCell>
          </TableRow>
        </TableBody>
      </Table>,
      (c) => {
        expect(within(c).getByRole('columnheader', { name: 'Step' })).toBeTruthy();
        expect(within(c).getByRole('cell', { name: 'Call' })).toBeTruthy();
      },
    ],
    [
      'List',
      <List variant="ordered">
        <Text>a</Text>
        <Text>b</Text>
      </List>,
      (c) => expect(c.querySelectorAll('ol > li')).toHaveLength(2),
    ],
    [
      'LoadingSpinner',
      <LoadingSpinner label="Loading steps" showLabel />,
      (c) => expect(within(c).getByRole('status', { name: 'Loading steps' }).textContent).toContain('Loading steps'),
    ],
    [
      'EmptyState',
      <EmptyState title="Nothing here">
        <Text>Try again later</Text>
      </EmptyState>,
      (c) => expect(c.textContent).toContain('Nothing here'),
    ],
    [
      'ErrorState',
      <ErrorState title="Broken">
        <Text>details</Text>
      </ErrorState>,
      (c) => expect(within(c).getByRole('alert').textContent).toContain('Broken'),
    ],
    [
      'Statistics',
      <Statistics>
        <StatisticsItem label="Sent" number={12} />
      </Statistics>,
      (c) => expect(c.textContent).toContain('12'),
    ],
    [
      'Tooltip in a Link overlay',
      <Link href="#" overlay={<Tooltip>More info</Tooltip>}>
        hover me
      </Link>,
      (c) => expect(within(c).getByRole('tooltip').textContent).toBe('More info'),
    ],
    [
      'Button variants',
      <>
        <Button variant="primary">P</Button>
        <Button variant="destructive">D</Button>
        <Button>S</Button>
      </>,
      (c) => {
        expect(within(c).getByRole('button', { name: 'P' }).className).toContain('hs-button--primary');
        expect(within(c).getByRole('button', { name: 'D' }).className).toContain('hs-button--destructive');
        expect(within(c).getByRole('button', { name: 'S' }).className).toContain('hs-button--secondary');
      },
    ],
  ];
  it.each(cases)('%s', (_name, ui, check) => {
    const { container } = renderWithStore(ui);
    check(container);
  });

  it('maps every component the brief lists', () => {
    for (const name of [
      'Button',
      'LoadingButton',
      'Text',
      'Heading',
      'Link',
      'Tag',
      'StatusTag',
      'Alert',
      'Flex',
      'Box',
      'Stack',
      'Tile',
      'Divider',
      'DescriptionList',
      'DescriptionListItem',
      'Table',
      'TableHead',
      'TableRow',
      'TableHeader',
      'TableBody',
      'TableCell',
      'List',
      'LoadingSpinner',
      'EmptyState',
      'ErrorState',
      'Select',
      'SearchInput',
      'Input',
      'Panel',
      'PanelBody',
      'PanelSection',
      'PanelFooter',
      'Modal',
      'ModalBody',
      'ModalFooter',
      'Accordion',
      'Tabs',
      'Tab',
      'Tooltip',
      'Statistics',
      'ToggleGroup',
    ]) {
      expect(hostComponents[name]).toBeDefined();
    }
  });
});

describe('events', () => {
  it('Button onClick gets an ExtensionEvent and the reactions; disabled does not fire', () => {
    const onClick = jest.fn();
    renderWithStore(
      <>
        <Button onClick={onClick}>Go</Button>
        <Button onClick={onClick} disabled>
          No
        </Button>
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    const [event, reactions] = onClick.mock.calls[0];
    expect(event).toMatchObject({ type: 'click', bubbles: true });
    expect(typeof reactions.openPanel).toBe('function');
  });

  it('LoadingButton shows busy and does not fire while loading', () => {
    const onClick = jest.fn();
    renderWithStore(
      <LoadingButton loading onClick={onClick}>
        Enroll
      </LoadingButton>,
    );
    const button = screen.getByRole('button', { name: 'Enroll' });
    expect(button.getAttribute('aria-busy')).toBe('true');
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('Select calls onChange with the option value, typed', () => {
    const onChange = jest.fn();
    renderWithStore(
      <Select
        label="Sender"
        name="s"
        options={[
          { label: 'One', value: 1 },
          { label: 'Two', value: 2 },
        ]}
        onChange={onChange}
      />,
    );
    fireEvent.change(screen.getByLabelText('Sender'), { target: { value: '1' } });
    expect(onChange).toHaveBeenCalledWith(2);
  });

  it('ToggleGroup (radio list): onChange with the value, readOnly options shown with their description and not selectable', () => {
    const onChange = jest.fn();
    renderWithStore(
      <ToggleGroup
        toggleType="radioButtonList"
        name="wf"
        label="Workflow"
        value="a"
        options={[
          { label: 'Alpha', value: 'a' },
          { label: 'Beta', value: 'b', description: 'On' },
          { label: 'Gamma', value: 'c', readOnly: true, description: 'The contact is already in it.' },
        ]}
        onChange={onChange}
      />,
    );
    const group = screen.getByRole('radiogroup', { name: 'Workflow' });
    expect((within(group).getByLabelText('Alpha') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByLabelText(/Beta/));
    expect(onChange).toHaveBeenLastCalledWith('b');
    const gamma = within(group).getByLabelText(/Gamma/) as HTMLInputElement;
    expect(gamma.disabled).toBe(true);
    expect(group.textContent).toContain('The contact is already in it.');
    fireEvent.click(gamma);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ToggleGroup (checkbox list, the default): onChange with every checked value', () => {
    const onChange = jest.fn();
    renderWithStore(
      <ToggleGroup
        name="t"
        label="Tags"
        options={[
          { label: 'One', value: '1', initialIsChecked: true },
          { label: 'Two', value: '2' },
        ]}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByLabelText('Two'));
    expect(onChange).toHaveBeenLastCalledWith(['1', '2']);
  });

  it('SearchInput: onInput per keystroke, onChange on Enter, clear button', () => {
    const onInput = jest.fn();
    const onChange = jest.fn();
    renderWithStore(<SearchInput label="Search" name="q" onInput={onInput} onChange={onChange} />);
    const input = screen.getByLabelText('Search');
    fireEvent.change(input, { target: { value: 'call' } });
    expect(onInput).toHaveBeenLastCalledWith('call');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith('call');
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(onInput).toHaveBeenLastCalledWith('');
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('Input: onChange on blur, follows a new value from the card', () => {
    const onChange = jest.fn();
    const { rerender } = renderWithStore(<Input label="Name" name="n" value="a" onChange={onChange} />);
    const input = screen.getByLabelText('Name') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'ab' } });
    fireEvent.blur(input);
    expect(onChange).toHaveBeenCalledWith('ab');
    rerender(
      <OverlayProvider store={new OverlayStore()}>
        <Input label="Name" name="n" value="reset" onChange={onChange} />
      </OverlayProvider>,
    );
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('reset');
  });

  it('Table pagination and sortable headers call back', () => {
    const onPageChange = jest.fn();
    const onSortChange = jest.fn();
    renderWithStore(
      <Table paginated pageCount={3} page={1} onPageChange={onPageChange}>
        <TableHead>
          <TableRow>
            <TableHeader sortDirection="none" onSortChange={onSortChange}>
              Name
            </TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow>
            <TableCell>x</TableCell>
          </TableRow>
        </TableBody>
      </Table>,
    );
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(onPageChange).toHaveBeenCalledWith(2);
    fireEvent.click(screen.getByRole('button', { name: /Name/ }));
    expect(onSortChange).toHaveBeenCalledWith('ascending');
  });

  it('Tabs switch panels and report the selected id', () => {
    const onSelectedChange = jest.fn();
    renderWithStore(
      <Tabs onSelectedChange={onSelectedChange}>
        <Tab tabId="a" title="First">
          <Text>first body</Text>
        </Tab>
        <Tab tabId="b" title="Second">
          <Text>second body</Text>
        </Tab>
      </Tabs>,
    );
    expect(screen.getByText('first body')).toBeTruthy();
    expect(screen.queryByText('second body')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Second' }));
    expect(onSelectedChange).toHaveBeenCalledWith('b');
    expect(screen.getByText('second body')).toBeTruthy();
    expect(screen.queryByText('first body')).toBeNull();
  });

  it('Accordion opens and closes', () => {
    renderWithStore(
      <Accordion title="Details">
        <Text>inside</Text>
      </Accordion>,
    );
    expect(screen.queryByText('inside')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Details/ }));
    expect(screen.getByText('inside')).toBeTruthy();
  });

  it('StatusTag and Tag clicks fire', () => {
    const a = jest.fn();
    const b = jest.fn();
    renderWithStore(
      <>
        <StatusTag onClick={a}>st</StatusTag>
        <Tag onClick={b}>tg</Tag>
      </>,
    );
    fireEvent.click(screen.getByText('st'));
    fireEvent.click(screen.getByText('tg'));
    expect(a).toHaveBeenCalled();
    expect(b).toHaveBeenCalled();
  });
});

describe('overlays', () => {
  const panel = (onOpen = jest.fn(), onClose = jest.fn(), onConfirm = jest.fn()) => (
    <Button
      variant="primary"
      overlay={
        <Panel id="enroll" title="Enroll in a sequence" onOpen={onOpen} onClose={onClose}>
          <PanelBody>
            <PanelSection>
              <Text>panel body</Text>
            </PanelSection>
          </PanelBody>
          <PanelFooter>
            <Button onClick={onConfirm}>Confirm</Button>
          </PanelFooter>
        </Panel>
      }
    >
      Enroll
    </Button>
  );

  it('Button overlay opens the Panel (onOpen), the close button closes it (onClose)', () => {
    const onOpen = jest.fn();
    const onClose = jest.fn();
    renderWithStore(panel(onOpen, onClose));
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Enroll' }));
    const dialog = screen.getByRole('dialog', { name: 'Enroll in a sequence' });
    expect(within(dialog).getByText('panel body')).toBeTruthy();
    expect(onOpen).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('actions.closeOverlay(id) closes it (the store the card actions use); Escape too', () => {
    const { store } = renderWithStore(panel());
    fireEvent.click(screen.getByRole('button', { name: 'Enroll' }));
    expect(screen.getByRole('dialog')).toBeTruthy();
    act(() => store.closeOverlay('enroll'));
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => store.openOverlay('enroll'));
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('reactions.openModal from an onClick opens a Modal', () => {
    renderWithStore(
      <>
        <Button onClick={(_e: unknown, reactions: { openModal: (id: string) => void }) => reactions.openModal('confirm')}>Ask</Button>
        <Button
          overlay={
            <Modal id="confirm" title="Are you sure?">
              <ModalBody>
                <Text>modal body</Text>
              </ModalBody>
              <ModalFooter>
                <Button>OK</Button>
              </ModalFooter>
            </Modal>
          }
        >
          Other trigger
        </Button>
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ask' }));
    const dialog = screen.getByRole('dialog', { name: 'Are you sure?' });
    expect(within(dialog).getByText('modal body')).toBeTruthy();
  });
});

describe('remote tree through @remote-ui (no worker)', () => {
  async function renderRemote(element: ReactElement) {
    const receiver = createRemoteReceiver();
    const remoteRoot = createRemoteRoot(receiver.receive);
    const store = new OverlayStore();
    render(
      <OverlayProvider store={store}>
        <RemoteRenderer receiver={receiver} controller={createHostController()} />
      </OverlayProvider>,
    );
    await act(async () => {
      createRemoteReactRoot(remoteRoot).render(element);
      await remoteRoot.mount();
    });
    return store;
  }

  it('draws @hubspot/ui-extensions components with the host components; events cross back', async () => {
    const onClick = jest.fn();
    await renderRemote(
      <Remote.Flex direction="column">
        <Remote.Text>Enrolled by Melinda</Remote.Text>
        <Remote.Button variant="primary" onClick={onClick} testId="go">
          Go
        </Remote.Button>
      </Remote.Flex>,
    );
    expect(await screen.findByText('Enrolled by Melinda')).toBeTruthy();
    fireEvent.click(screen.getByTestId('go'));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('a remote Button overlay (fragment prop) opens its Panel', async () => {
    await renderRemote(
      <Remote.Button
        overlay={
          <Remote.Panel id="p" title="Remote panel">
            <Remote.PanelBody>
              <Remote.Text>remote body</Remote.Text>
            </Remote.PanelBody>
          </Remote.Panel>
        }
      >
        Open
      </Remote.Button>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Open' }));
    expect(within(screen.getByRole('dialog', { name: 'Remote panel' })).getByText('remote body')).toBeTruthy();
  });

  it('a component the host does not draw shows a visible placeholder naming it', async () => {
    await renderRemote(
      <Remote.Flex>
        <Remote.BarChart data={[]} axes={{ x: { field: 'a', fieldType: 'category' }, y: { field: 'b', fieldType: 'linear' } }} />
        <Remote.Text>still here</Remote.Text>
      </Remote.Flex>,
    );
    expect(await screen.findByText('[Unsupported component: BarChart]')).toBeTruthy();
    expect(screen.getByText('still here')).toBeTruthy();
  });
});
