import type { ContactWorkflowItem } from '../../../../server/workflows/types';

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
