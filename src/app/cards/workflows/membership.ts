/** The Workflows card's writes (enroll in, unenroll from a workflow) on the shared write lifecycle (../shared/write-lifecycle.ts). */
import { WORKFLOW_PROPERTIES_TO_SEND } from '../shared/properties-to-send';
import type { WriteRules } from '../shared/useWrites';
import { isUnenroll, type Write } from '../shared/write-lifecycle';
import type { ContactWorkflowItem, ContactWorkflowsResult, EnrollInWorkflowResult } from '../../../../server/workflows/types';

/** The row an enrollment adds, from its answer (contact-based: v2 enrolls contacts only). */
function rowOf(r: EnrollInWorkflowResult): ContactWorkflowItem {
  return { flowId: r.flowId, legacyWorkflowId: r.legacyWorkflowId, name: r.workflowName, isEnabled: true, objectTypeId: '0-1', objectLabel: 'Contacts', legacyType: null };
}

/** The list as the card shows it: HubSpot's last read with this card's later confirmed writes applied. */
export function applyWrites(read: ContactWorkflowItem[], writes: Write[]): ContactWorkflowItem[] {
  let out = read;
  for (const w of writes) {
    if (w.uid === 'enroll-in-workflow' && w.data) {
      if (!out.some((x) => x.legacyWorkflowId === w.target)) out = [rowOf(w.data), ...out];
    } else if (isUnenroll(w)) {
      out = out.filter((x) => x.legacyWorkflowId !== w.target);
    }
  }
  return out;
}

/**
 * The list an answer produced: its `memberOf` (HubSpot's membership just before the write, with the
 * write applied) drawn with the rows the card already has. Null (re-read) when it names a workflow the
 * card has not read: only contact-workflows knows that row's v4 id.
 */
function listAfter(w: Write<WorkflowMeta>, shown: ContactWorkflowsResult | null): ContactWorkflowsResult | null {
  if (!shown || !w.data || (w.uid !== 'enroll-in-workflow' && w.uid !== 'unenroll-from-workflow')) return null;
  const rows = new Map(shown.workflows.map((x) => [x.legacyWorkflowId, x] as const));
  if (w.uid === 'enroll-in-workflow') rows.set(w.target, rows.get(w.target) ?? rowOf(w.data));
  const ids = w.data.memberOf;
  if (!Array.isArray(ids) || !ids.every((id) => rows.has(id))) return null;
  const workflows = ids.map((id) => rows.get(id)!).sort((a, b) => a.name.localeCompare(b.name));
  return { contactId: shown.contactId, workflows };
}

/** What the card names a write by (the workflow), for its sentences. */
export interface WorkflowMeta {
  name: string;
}

export const WORKFLOW_WRITES: WriteRules<ContactWorkflowsResult, WorkflowMeta> = {
  propertiesToSend: WORKFLOW_PROPERTIES_TO_SEND,
  // A read shows an enroll when it lists the workflow, an unenroll when it no longer does.
  shows: (read, w) => {
    const listed = read.workflows.some((x) => x.legacyWorkflowId === w.target);
    return isUnenroll(w) ? !listed : listed;
  },
  readIn: listAfter,
};
