/**
 * A workflow HubSpot withholds because it references sensitive data. HubSpot's developer changelog
 * ("Bugfix: Workflows API and Sensitive data access") and the workflows guide (seed 000, "Scope
 * requirements"): reading such a flow needs `crm.objects.{object}.sensitive.read`, enrolling or unenrolling
 * records `….sensitive.write`, in every version of the Workflows API. Without the read scope HubSpot answers
 * the v4 read with its missing-scope refusal (403 MISSING_SCOPES naming the sensitive scope). This app does
 * not ask for those scopes: a static-auth app can declare required scopes only (developers.hubspot.com/scopes:
 * "Apps configured with static auth can only define required scopes"), and requiring them would block every
 * install without sensitive data. So such a workflow is shown with what the legacy answers know (name,
 * on/off, membership), one sentence for the admin, and enroll/unenroll still offered: the legacy v2 routes
 * may allow them (if HubSpot refuses, its refusal names the write scope).
 */
import { MissingScopesError } from '../hubspot/errors';
import type { LegacyWorkflowSummary } from '../hubspot/schemas';
import type { HubSpotClient } from '../hubspot/types';
import type { ContactReads } from './for-contact';
import { detailsWithoutSteps, legacyName } from './legacy-only';
import type { WorkflowDetails } from './types';

/** The sensitive scope a refusal names, when it is one (else null: an ordinary missing scope). */
export function withheldForSensitiveData(err: unknown): string | null {
  if (!(err instanceof MissingScopesError)) return null;
  return err.requiredScopes?.find((s) => /\.sensitive\.read$/.test(s)) ?? null;
}

export const sensitiveSentence = (scope: string): string =>
  `This workflow uses sensitive data, so HubSpot shares its steps only with apps granted the ${scope} scope. A HubSpot admin can see them in HubSpot.`;

/** Beside the enrollment: HubSpot may refuse the write without the matching write scope. */
export const SENSITIVE_WRITE_WARNING = 'HubSpot may refuse to enroll or unenroll contacts in this workflow, because it uses sensitive data.';

/**
 * The panel for such a workflow. Name and on/off come from the contact's v2 membership when the contact is
 * in it (no call), else from the legacy v3 workflow (one call); with neither, a plain description.
 */
export async function sensitiveDetails(
  hubspot: HubSpotClient,
  ids: { flowId: string | null; legacyWorkflowId: string | null },
  scope: string,
  reads: ContactReads | null,
): Promise<WorkflowDetails> {
  const { flowId, legacyWorkflowId } = ids;
  const member = legacyWorkflowId ? reads?.memberships.find((m) => m.id === legacyWorkflowId) : undefined;
  const legacy: LegacyWorkflowSummary | null = member ?? (legacyWorkflowId ? await hubspot.legacyWorkflows.get({ workflowId: legacyWorkflowId }) : null);
  const name = legacy ? legacyName(legacy) : 'A workflow that uses sensitive data';
  const isEnabled = legacy?.enabled === true;
  return detailsWithoutSteps({ flowId, legacyWorkflowId, name, isEnabled }, sensitiveSentence(scope), reads && { reads, warning: SENSITIVE_WRITE_WARNING });
}
