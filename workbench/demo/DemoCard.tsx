/**
 * The workbench's own demo card: exercises the host components and hubspot.serverless while the
 * project's cards are not there. Written exactly like a HubSpot card (only @hubspot/ui-extensions).
 */
import {
  Alert,
  Button,
  Divider,
  Flex,
  LoadingSpinner,
  Panel,
  PanelBody,
  PanelFooter,
  PanelSection,
  SearchInput,
  Select,
  StatusTag,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
  hubspot,
} from '@hubspot/ui-extensions';
import { useCallback, useEffect, useState } from 'react';

interface Sequence {
  id: string;
  name: string;
  updatedAt?: string;
}
type Result = { ok: true; data: { sequences: Sequence[] } } | { ok: false; error: { code: string; message: string } };

hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => <DemoCard context={context} actions={actions} />);

const PANEL_ID = 'workbench-demo-panel';

function DemoCard({
  context,
  actions,
}: {
  context: { crm: { objectId: number }; user: { id: number; firstName: string } };
  actions: { addAlert: (a: { type?: 'info' | 'success' | 'warning' | 'danger'; title?: string; message: string }) => void; closeOverlay: (id: string) => void };
}) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<{ pending: boolean; result: Result | null }>({ pending: true, result: null });
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [callOutcome, setCallOutcome] = useState<string | null>(null);

  const load = useCallback(() => {
    setState((s) => ({ ...s, pending: true }));
    hubspot.serverless('workbench-demo-echo', { parameters: { userId: String(context.user.id), contactId: String(context.crm.objectId), query } }).then(
      (result: Result) => setState({ pending: false, result }),
      (err: Error) => setState({ pending: false, result: { ok: false, error: { code: 'REJECTED', message: err.message } } }),
    );
  }, [context.user.id, context.crm.objectId, query]);

  useEffect(load, [load]);

  const callAndReport = (uid: string) => {
    setCallOutcome(`Calling ${uid}…`);
    hubspot.serverless(uid, { parameters: { from: 'demo' } }).then(
      (r: unknown) => setCallOutcome(`${uid} answered: ${JSON.stringify(r)}`),
      (err: Error) => setCallOutcome(`${uid} was rejected: ${err.message}`),
    );
  };

  const sequences = state.result?.ok ? state.result.data.sequences : [];

  return (
    <Flex direction="column" gap="sm">
      <Flex justify="between" align="center">
        <Text format={{ fontWeight: 'bold' }}>Hello {context.user.firstName}</Text>
        <StatusTag variant={state.result?.ok ? 'success' : state.pending ? 'info' : 'danger'}>{state.pending ? 'Loading' : state.result?.ok ? 'Connected' : 'Error'}</StatusTag>
      </Flex>
      <SearchInput label="Search sequences" name="q" placeholder="Search by name" value={query} onInput={(v: string) => setQuery(v)} />
      {state.pending && !state.result ? <LoadingSpinner label="Loading sequences" showLabel /> : null}
      {state.result && !state.result.ok ? (
        <Alert title="Could not load sequences" variant="danger">
          {state.result.error.message}{' '}
          <Button size="xs" onClick={load}>
            Try again
          </Button>
        </Alert>
      ) : null}
      {state.result?.ok ? (
        <Table bordered>
          <TableHead>
            <TableRow>
              <TableHeader>Sequence</TableHeader>
              <TableHeader>Id</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {sequences.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{s.name}</TableCell>
                <TableCell>{s.id}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      <Flex gap="sm" wrap>
        <Button
          variant="primary"
          overlay={
            <Panel id={PANEL_ID} title="Demo panel" width="md">
              <PanelBody>
                <PanelSection>
                  <Select
                    label="Sequence"
                    name="sequence"
                    placeholder="Pick a sequence"
                    value={picked}
                    options={sequences.map((s) => ({ label: s.name, value: s.id }))}
                    onChange={(v: string | number | boolean) => setPicked(String(v))}
                  />
                  <Text variant="microcopy">Picked: {picked ?? 'nothing yet'}</Text>
                </PanelSection>
              </PanelBody>
              <PanelFooter>
                <Button
                  variant="primary"
                  disabled={!picked}
                  onClick={() => {
                    actions.addAlert({ type: 'success', title: 'Demo', message: `Picked sequence ${picked}` });
                    actions.closeOverlay(PANEL_ID);
                  }}
                >
                  Confirm
                </Button>
                <Button variant="secondary" onClick={() => actions.closeOverlay(PANEL_ID)}>
                  Cancel
                </Button>
              </PanelFooter>
            </Panel>
          }
        >
          Open panel
        </Button>
        <Button variant="destructive" onClick={() => callAndReport('workbench-demo-crash')}>
          Crashing function
        </Button>
        <Button onClick={() => callAndReport('workbench-demo-slow')}>Slow function (killed at 15 s)</Button>
      </Flex>
      {callOutcome ? (
        <>
          <Divider />
          <Text variant="microcopy">{callOutcome}</Text>
        </>
      ) : null}
    </Flex>
  );
}
