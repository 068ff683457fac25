/**
 * Workflows that reference sensitive data. HubSpot's developer changelog "Bugfix: Workflows API and
 * Sensitive data access" (developers.hubspot.com/changelog/bugfix-workflows-api-and-sensitive-data-access):
 * reading such a flow requires `crm.objects.{object type}.sensitive.read`, enrolling or unenrolling records
 * requires `….sensitive.write`, and the change "will affect all versions of the Workflows API" (so the
 * legacy v2 enroll routes too). The workflows guide (seed 000, "Scope requirements") lists the scopes.
 * HubSpot documents the requirement in words only; the answer here is its usual missing-scope answer
 * (403 MISSING_SCOPES naming the scope in `requiredGranularScopes`, as server.ts answers any missing
 * scope). Unverified against a live portal: the exact body, and whether the legacy v3 list / v2 membership
 * answers hide such a workflow (here they list it: they are how the app learns its name and on/off state).
 */
import { err, type Res } from '../responses';
import type { Ctx } from './route';

const OBJECT_SCOPE: Record<string, string> = { '0-1': 'contacts', '0-2': 'companies', '0-3': 'deals' };

/** The sensitive scope HubSpot asks for a flow of this object type (custom objects share one). */
export function sensitiveScope(objectTypeId: string, access: 'read' | 'write'): string {
  const objects = OBJECT_SCOPE[objectTypeId] ?? (objectTypeId.startsWith('2-') ? 'custom' : 'contacts');
  return `crm.objects.${objects}.sensitive.${access}`;
}

/** 403 MISSING_SCOPES when `flowId` references sensitive data and the token lacks the scope; else null. */
export function sensitiveRefusal(ctx: Ctx, flowId: string | undefined, access: 'read' | 'write'): Res | null {
  if (!flowId || !ctx.state.data.sensitiveFlowIds?.includes(flowId)) return null;
  const scope = sensitiveScope(ctx.state.flowsById.get(flowId)?.objectTypeId ?? '0-1', access);
  if (ctx.opts.grantedSensitiveScopes.includes(scope)) return null;
  return err(
    403,
    'MISSING_SCOPES',
    "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
    {
      errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: [scope] } }],
      links: { scopes: 'https://developers.hubspot.com/scopes' },
    },
  );
}
