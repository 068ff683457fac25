import type { ContactWorkflowItem, ContactWorkflowsResult } from '../../../../server/workflows/types';
import type { UnconfirmedWrite } from '../shared/unconfirmed-writes';

/** A write this card made, known from HubSpot's answer before a read of the membership shows it. */
export type CardWrite = { kind: 'enrolled'; item: ContactWorkflowItem } | { kind: 'unenrolled'; legacyWorkflowId: string };

/** The list as the card shows it: HubSpot's last read with this card's later writes applied. */
export function applyWrites(read: ContactWorkflowItem[], writes: CardWrite[]): ContactWorkflowItem[] {
  let out = read;
  for (const w of writes) {
    if (w.kind === 'enrolled') {
      if (!out.some((x) => x.legacyWorkflowId === w.item.legacyWorkflowId)) out = [w.item, ...out];
    } else {
      out = out.filter((x) => x.legacyWorkflowId !== w.legacyWorkflowId);
    }
  }
  return out;
}

/**
 * The writes a fresh read does not show yet (HubSpot's reads can lag a write): those stay applied,
 * the others are dropped. A later write to the same workflow replaces an earlier one.
 */
export function settledWrites(writes: CardWrite[], read: ContactWorkflowItem[]): CardWrite[] {
  const idOf = (w: CardWrite) => (w.kind === 'enrolled' ? w.item.legacyWorkflowId : w.legacyWorkflowId);
  const latest = writes.filter((w, i) => !writes.slice(i + 1).some((later) => idOf(later) === idOf(w)));
  return latest.filter((w) => {
    const listed = read.some((x) => x.legacyWorkflowId === idOf(w));
    return w.kind === 'enrolled' ? !listed : listed;
  });
}

/** A workflow write HubSpot did not confirm (OUTCOME_UNKNOWN), held until a membership read settles it. */
export type UnconfirmedWorkflowWrite = UnconfirmedWrite<'enroll' | 'unenroll'>;

/** A read settles an unconfirmed enroll when it lists the workflow, an unconfirmed unenroll when it no longer does. */
export function readShowsWorkflowWrite(read: ContactWorkflowsResult, w: UnconfirmedWorkflowWrite): boolean {
  const listed = read.workflows.some((x) => x.legacyWorkflowId === w.targetId);
  return w.kind === 'enroll' ? listed : !listed;
}
