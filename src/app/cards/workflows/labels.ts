import type { DecodedStep } from '../../../../server/workflows/types';

/** What a workflow runs on, one wording everywhere: "Contact-based workflow", "Deal-based workflow". */
const SINGULAR: Record<string, string> = { '0-1': 'Contact', '0-2': 'Company', '0-3': 'Deal', '0-5': 'Ticket' };

export function workflowKindLabel(objectTypeId: string | null, objectLabel: string | null): string {
  // Legacy v2 memberships without a v4 mapping are contact workflows (v2 lists a contact's workflows only).
  const singular = SINGULAR[objectTypeId ?? '0-1'];
  if (singular) return `${singular}-based workflow`;
  // A custom object HubSpot did not name (no schemas scope) reads "Custom object records" (server/workflows).
  return objectLabel && !/^(Object |Custom object)/.test(objectLabel) ? `${objectLabel} workflow` : 'Workflow on a custom object';
}

/** The decoded tree in list order (branch paths inline): the order the numbers follow. */
export function flatSteps(steps: DecodedStep[], out: DecodedStep[] = []): DecodedStep[] {
  for (const s of steps) {
    out.push(s);
    for (const b of s.branches) flatSteps(b.steps, out);
  }
  return out;
}
