import { useState } from 'react';
import { EmptyState, Flex, LoadingSpinner, Panel, PanelBody, PanelSection, SearchInput, Tag, Text } from '@hubspot/ui-extensions';
import { FunctionErrorView } from '../shared/FunctionErrorView';
import type { RunFunction } from '../shared/useFunction';
import { filterEntries } from './filter';
import { useActionTypeCatalog } from './hooks';

export const REFERENCE_PANEL_ID = 'workflows-action-type-reference';

/** Action and event types (id, name, description, group), fetched once when first opened, filtered as you type. */
export function ActionTypeReferencePanel({ run }: { run: RunFunction }) {
  const [opened, setOpened] = useState(false);
  const [query, setQuery] = useState('');
  const catalog = useActionTypeCatalog(run, opened);
  const entries = catalog.data ? filterEntries(catalog.data.entries, query) : [];
  return (
    <Panel id={REFERENCE_PANEL_ID} title="Action type reference" width="md" onOpen={() => setOpened(true)} testId="reference-panel">
      <PanelBody>
        <PanelSection>
          <SearchInput
            name="action-type-search"
            label="Filter action and event types"
            placeholder="Id, name or description"
            value={query}
            onInput={(v) => setQuery(v)}
            onChange={(v) => setQuery(v)}
            testId="reference-search"
          />
        </PanelSection>
        <PanelSection>
          {catalog.pending ? (
            <LoadingSpinner label="Loading action types" testId="reference-loading" />
          ) : catalog.error ? (
            <FunctionErrorView title="Couldn't load the action types" error={catalog.error} onRetry={catalog.reload} />
          ) : catalog.data ? (
            <Flex direction="column" gap="sm" testId="reference-list">
              <Text variant="microcopy" testId="reference-count">
                {entries.length} of {catalog.data.entries.length} types
                {catalog.data.liveCatalog ? " (including this account's live catalog)" : ' (documented types)'}
              </Text>
              {entries.length === 0 ? (
                <EmptyState title="No matching type" layout="vertical" imageWidth={80} testId="reference-empty">
                  <Text>No action or event type matches "{query}".</Text>
                </EmptyState>
              ) : (
                entries.map((e) => (
                  <Flex key={`${e.kind}-${e.id}-${e.name}`} direction="column" gap="flush" testId={`type-${e.kind}-${e.id}`}>
                    <Flex direction="row" gap="xs" wrap="wrap">
                      <Text format={{ fontWeight: 'bold' }}>{e.name}</Text>
                      <Tag variant={e.kind === 'event' ? 'warning' : 'default'}>{e.kind === 'event' ? 'Event' : 'Action'}</Tag>
                    </Flex>
                    <Text variant="microcopy">
                      {e.id} · {e.group}
                    </Text>
                    {e.description ? <Text>{e.description}</Text> : null}
                  </Flex>
                ))
              )}
            </Flex>
          ) : null}
        </PanelSection>
      </PanelBody>
    </Panel>
  );
}
