/**
 * search-workflows { contactId? } → every contact-based workflow, each with whether this contact can
 * be enrolled in it and, if not, why. The card filters this list locally: typing costs no call.
 *
 * Source: the legacy `GET /automation/v3/workflows`, which HubSpot documents for exactly this ("a list
 * of workflows a salesperson can enroll a prospect into"): every contact-based workflow with its legacy
 * id, name and on/off state, in one answer, no paging. So opening the picker costs one wave of at most
 * 3 calls whatever the number of workflows: the v3 list, the contact's v2 memberships, and the
 * contact's email (from `propertiesToSend` when the card sent it, else one contacts read).
 *
 * Which of the five enrollability reasons (server/workflows/enrollability.ts) can occur here:
 *  - off, already a member, the contact has no email: yes (v3 `enabled`, v2 memberships, the email);
 *  - not contact-based: never: v3 lists contact-based workflows only (HubSpot: "the Workflows API
 *    currently only supports contact-based workflows"), so deal workflows are not in the list at all;
 *  - no legacy workflow id: never: every v3 entry is a legacy workflow. v4-only flows are not listed.
 *    One with no v4 mapping is offered too: v2 enrolls it by legacy id (server/workflows/legacy-only.ts).
 * The list itself is kept per warm container for 60 s (server/workflows/legacy-list-cache.ts): at 10,000
 * workflows it is a ~10 MB answer, so a second opening within a minute costs the two contact reads only.
 * `flowId` comes with the list: HubSpot's v3 items carry `migrationStatus.flowId` (a recorded item does;
 * server/hubspot/schemas.ts reads it defensively), so a preview opens by flowId (get-workflow: ≤ 2 round
 * trips). An item without it keeps `flowId: null` (mapping 10,000 ids would cost 100 calls): get-workflow
 * maps that one when it is opened by `legacyWorkflowId`, and its `enrollment` then applies the same rule.
 */
import * as z from 'zod/mini';
import { defineFunction, type FunctionDeps } from '../runtime/define-function';
import { hubspotId } from '../input/fields';
import { contactProperties } from '../runtime/record-properties';
import { CONTACT_OBJECT_TYPE, NO_EMAIL_REASON, refusalFor } from '../workflows/enrollability';
import { legacyName } from '../workflows/legacy-only';
import { PROCESS_LEGACY_LIST_CACHE, type LegacyList } from '../workflows/legacy-list-cache';
import type { SearchWorkflowsResult, WorkflowPickerItem } from '../workflows/types';

export const searchWorkflowsInput = z.object({ contactId: z.optional(hubspotId('contactId')) });
export type SearchWorkflowsInput = z.infer<typeof searchWorkflowsInput>;

export async function searchWorkflows({ contactId }: SearchWorkflowsInput, deps: FunctionDeps): Promise<SearchWorkflowsResult> {
  const hs = deps.hubspot;
  const [listing, memberships, contact] = await Promise.all([
    legacyList(deps),
    contactId ? hs.legacyWorkflows.listForContact({ contactId }) : null,
    contactId ? contactProperties(deps, contactId, ['email']) : null,
  ]);
  const memberIds = new Set((memberships ?? []).map((m) => m.id));
  const hasEmail = contact ? Boolean(contact.properties.email?.trim()) : null;

  // The list is deduped and sorted by name once (legacyList): enrollable first keeps that order.
  const enrollable: WorkflowPickerItem[] = [];
  const others: WorkflowPickerItem[] = [];
  for (const w of listing) {
    const name = legacyName(w);
    // v3 says nothing about on/off only when its answer is odd: then it is not offered as enrollable.
    const isEnabled = w.enabled === true;
    const refusal = refusalFor({
      name,
      objectTypeId: CONTACT_OBJECT_TYPE,
      isEnabled,
      legacyWorkflowId: w.id,
      isMember: contactId ? memberIds.has(w.id) : null,
      hasEmail,
    });
    if (refusal) others.push({ legacyWorkflowId: w.id, flowId: w.flowId, name, isEnabled, canEnroll: false, reason: refusal.reason });
    else enrollable.push({ legacyWorkflowId: w.id, flowId: w.flowId, name, isEnabled, canEnroll: true });
  }
  return {
    workflows: enrollable.concat(others),
    total: enrollable.length + others.length,
    enrollableCount: enrollable.length,
    contactReason: hasEmail === false ? NO_EMAIL_REASON : null,
  };
}

const byName = new Intl.Collator(undefined, { sensitivity: 'variant' });

/** Every legacy workflow once, sorted by name then id: from this container's cache (≤ 60 s old) or one v3 read. */
async function legacyList(deps: FunctionDeps): Promise<LegacyList> {
  const cache = deps.legacyListCache ?? PROCESS_LEGACY_LIST_CACHE;
  const cached = cache.get(deps.hubspot.portalKey);
  if (cached) return cached;
  const { workflows } = await deps.hubspot.legacyWorkflows.listAll();
  const seen = new Set<string>();
  const list = workflows.filter((w) => !seen.has(w.id) && Boolean(seen.add(w.id)));
  const names = new Map(list.map((w) => [w, legacyName(w)]));
  list.sort((a, b) => byName.compare(names.get(a)!, names.get(b)!) || a.id.localeCompare(b.id));
  cache.set(deps.hubspot.portalKey, list);
  return list;
}

export const main = defineFunction(searchWorkflowsInput, searchWorkflows);
