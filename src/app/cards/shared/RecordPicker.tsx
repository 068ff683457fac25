/**
 * The one picker both cards use to choose what to enroll a contact in: a search input, a compact
 * selectable list (a radio ToggleGroup: one line per item, small print under it, items that cannot be
 * chosen shown greyed with their reason), a count ("12 of 340 workflows"), the selected item's preview,
 * and at the bottom one primary button with Cancel and the result of the click beside them (the panel
 * footer stays in view while the body scrolls).
 *
 * The picker does not fetch or filter: the caller passes the items to show (`filterByLabel` for a list
 * loaded once, or the answer of a server-side search) and renders what it needs in the slots.
 */
import type { ReactNode } from 'react';
import { Button, EmptyState, Flex, LoadingButton, LoadingSpinner, Panel, PanelBody, PanelFooter, PanelSection, SearchInput, Text, ToggleGroup } from '@hubspot/ui-extensions';

export interface PickerItem {
  id: string;
  label: string;
  /** Small print under a choosable item ("Off", "5 steps"). */
  description?: string;
  /** Set when the item cannot be chosen: the sentence shown under it. */
  disabledReason?: string;
}

export interface RecordPickerProps {
  /** Field name; also the testId prefix: `${name}-search`, `${name}-options`, `${name}-count`. */
  name: string;
  /** The list's label ("Workflow"). */
  label: string;
  /** The search input's label ("Search workflows") and placeholder. */
  searchLabel: string;
  placeholder?: string;
  query: string;
  onQueryChange: (query: string) => void;
  /** What to show, in order (already filtered by the query). Choosable items are drawn first. */
  items: PickerItem[];
  /** How many there are in all, for the count: "{items.length} of {total} {noun}". */
  total: number;
  /** Plural noun for the count ("workflows"). */
  noun: string;
  /** The count line in other words, when "{shown} of {total} {noun} match …" does not fit (a paged server search: "Showing 10 of 45"). */
  countText?: string;
  /** The list is loading (a spinner instead of it). */
  loading?: boolean;
  loadingLabel?: string;
  /** An error view drawn instead of the list. */
  error?: ReactNode;
  /** Said when nothing matches (or there is nothing). */
  emptyText: string;
  /** The empty state's title ("No matching sequence"); "Nothing to show" by default. */
  emptyTitle?: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Items that cannot be chosen: 'show' them greyed with their reason (default), or leave them out with a count. */
  disabledItems?: 'show' | 'count';
  /** At most this many options are drawn (30 by default); the count asks to type more of the name for the rest.
   *  A paged server search passes `items.length`: its "Load more" decides how many there are. */
  maxShown?: number;
  /** Under the list (a "Load more" button for a paged search). */
  listFooter?: ReactNode;
  /** Between the list and the preview: what decides whether the action can work (a sender inbox), kept in view. */
  fields?: ReactNode;
  /** The selected item's preview (its steps, its warnings). */
  preview?: ReactNode;
}

/** Case-insensitive "name contains" filter of a list loaded once: typing costs no call. */
export function filterByLabel<T extends { label: string }>(items: T[], query: string): T[] {
  const q = query.trim().toLowerCase();
  return q ? items.filter((i) => i.label.toLowerCase().includes(q)) : items;
}

/** The search, count, list and preview: the body of a picker panel. */
export function RecordPicker(p: RecordPickerProps) {
  const max = p.maxShown ?? 30;
  const choosable = p.items.filter((i) => !i.disabledReason);
  const blocked = p.items.filter((i) => i.disabledReason);
  const listed = (p.disabledItems === 'count' ? choosable : [...choosable, ...blocked]).slice(0, Math.max(max, 1));
  const left = p.items.length - listed.length;
  const hiddenBlocked = p.disabledItems === 'count' ? blocked.length : 0;
  const count = [
    `${p.items.length} of ${p.total} ${p.noun}`,
    p.query.trim() ? ` match "${p.query.trim()}"` : '',
    hiddenBlocked ? ` · ${hiddenBlocked} can't be chosen (not shown)` : '',
    left > hiddenBlocked ? ` · showing the first ${listed.length}: type more of the name` : '',
  ].join('');
  let list: ReactNode;
  if (p.loading) list = <LoadingSpinner label={p.loadingLabel ?? 'Loading'} testId={`${p.name}-loading`} />;
  else if (p.error) list = p.error;
  else if (!p.items.length) {
    list = (
      <EmptyState title={p.emptyTitle ?? 'Nothing to show'} layout="vertical" imageWidth={80} testId={`${p.name}-empty`}>
        <Text>{p.emptyText}</Text>
      </EmptyState>
    );
  } else {
    list = (
      <Flex direction="column" gap="xs">
        <Text variant="microcopy" testId={`${p.name}-count`}>
          {p.countText ?? count}
        </Text>
        <ToggleGroup
          toggleType="radioButtonList"
          name={p.name}
          label={p.label}
          value={p.selectedId ?? ''}
          options={listed.map((i) => ({ label: i.label, value: i.id, readOnly: !!i.disabledReason, description: i.disabledReason ?? i.description }))}
          onChange={(id: string) => {
            if (choosable.some((i) => i.id === id)) p.onSelect(id);
          }}
          testId={`${p.name}-options`}
        />
        {p.listFooter}
      </Flex>
    );
  }
  return (
    <>
      <PanelSection>
        <SearchInput
          name={`${p.name}-search`}
          label={p.searchLabel}
          placeholder={p.placeholder}
          value={p.query}
          onInput={(v) => p.onQueryChange(v)}
          onChange={(v) => p.onQueryChange(v)}
          testId={`${p.name}-search`}
        />
        {list}
      </PanelSection>
      {p.fields ? <PanelSection>{p.fields}</PanelSection> : null}
      {p.preview ? <PanelSection>{p.preview}</PanelSection> : null}
    </>
  );
}

export interface PickerActionProps {
  /** "Enroll" */
  label: string;
  /** "Enrolling…" */
  pendingLabel: string;
  pending: boolean;
  disabled: boolean;
  onClick: () => void;
  testId: string;
}

/** The footer: the result of the last click (refusal, success, not confirmed) beside one primary button and Cancel. */
export function PickerFooter({
  action,
  onCancel,
  cancelLabel = 'Cancel',
  cancelTestId = 'picker-cancel',
  result,
}: {
  action: PickerActionProps;
  onCancel: () => void;
  cancelLabel?: string;
  cancelTestId?: string;
  result?: ReactNode;
}) {
  return (
    <PanelFooter>
      <Flex direction="column" gap="sm">
        {result ?? null}
        <Flex direction="row" gap="xs" align="center">
          <LoadingButton variant="primary" loading={action.pending} disabled={action.disabled || action.pending} onClick={action.onClick} testId={action.testId}>
            {action.pending ? action.pendingLabel : action.label}
          </LoadingButton>
          <Button variant="secondary" onClick={onCancel} testId={cancelTestId}>
            {cancelLabel}
          </Button>
        </Flex>
      </Flex>
    </PanelFooter>
  );
}

export interface RecordPickerPanelProps extends RecordPickerProps {
  panelId: string;
  title: string;
  testId: string;
  onOpen: () => void;
  onClose: () => void;
  /** More sections after the preview. */
  children?: ReactNode;
  /** Above the search: something true of every item ("Can't enroll: the contact has no email"). */
  notice?: ReactNode;
  action: PickerActionProps;
  /** Closes the panel (`actions.closeOverlay(panelId)`). */
  onCancel: () => void;
  cancelLabel?: string;
  result?: ReactNode;
}

/** A whole picker panel: notice, picker, extra fields, footer. */
export function RecordPickerPanel({ panelId, title, testId, onOpen, onClose, children, notice, action, onCancel, cancelLabel, result, ...picker }: RecordPickerPanelProps) {
  return (
    <Panel id={panelId} title={title} width="md" onOpen={onOpen} onClose={onClose} testId={testId}>
      <PanelBody>
        {notice ? <PanelSection>{notice}</PanelSection> : null}
        <RecordPicker {...picker} />
        {children}
      </PanelBody>
      <PickerFooter action={action} onCancel={onCancel} cancelLabel={cancelLabel} cancelTestId={`${picker.name}-cancel`} result={result} />
    </Panel>
  );
}
