/**
 * Email template names for sequence steps, from HubSpot's beta email-templates API (optional scope
 * `sales-templates-public-read`, server/hubspot/endpoints.ts), remembered per warm container in the
 * names cache (server/names/cache.ts, NAME_CACHE_TTL_MS = 5 minutes): a sequence with email steps costs
 * its template reads once per 5 minutes, not on every view. Cached: a name, and "no name" (the client
 * answers null for a 403 without the scope and for a 404). Not cached: a failure that may pass (5xx, 429,
 * timeout). A read that fails is just a missing name, never a failure.
 */
import type { HubSpotClient } from '../hubspot/types';
import { PROCESS_NAME_CACHE, type NameCache } from '../names/cache';
import { factKey } from '../names/facts';

/** At most this many distinct templates are read for one sequence (keeps a long sequence inside the rate limit). */
export const MAX_TEMPLATE_READS = 20;

const templateKey = (templateId: string) => factKey.id('emailTemplate', templateId);

/** Names by template id: cached ones first, then one read per distinct unknown id, all in parallel. */
export async function templateNames(hubspot: HubSpotClient, ids: string[], cache: NameCache = PROCESS_NAME_CACHE): Promise<Map<string, string>> {
  const portal = hubspot.portalKey;
  const names = new Map<string, string>();
  const unknown: string[] = [];
  for (const id of ids) {
    const fact = cache.get(portal, templateKey(id));
    if (typeof fact === 'string') names.set(id, fact);
    else if (fact === undefined) unknown.push(id);
  }
  if (!unknown.length) return names;
  await Promise.all(
    unknown.slice(0, MAX_TEMPLATE_READS).map(async (templateId) => {
      try {
        const name = (await hubspot.emailTemplates.get({ templateId }))?.name?.trim();
        cache.set(portal, templateKey(templateId), name || null);
        if (name) names.set(templateId, name);
      } catch {
        // Rate-limited, down, unreadable: the id label stays, and the next view tries again.
      }
    }),
  );
  return names;
}
