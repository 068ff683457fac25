/**
 * Runs the planned name calls in one parallel wave and turns the answers into facts. Degrades, never
 * fails: a deleted object (404) becomes a "no name" fact, a missing optional scope a scopeMissing fact,
 * anything else (5xx after retries, an unreadable answer, the names deadline) no fact at all, so that
 * id stays as it is and is asked again next time.
 */
import { MissingScopesError, NotFoundError } from '../hubspot/errors';
import type { Owner } from '../hubspot/name-schemas';
import type { HubSpotClient } from '../hubspot/types';
import { factKey, type NameFact, type PropertyFact } from './facts';
import type { PlannedCall } from './plan';
import { OPTIONAL_NAME_SCOPES, type OptionalNameKind } from './scopes';

export type Fact = [key: string, fact: NameFact];

export interface WaveResult {
  facts: Fact[];
  /** Optional scopes HubSpot said the app lacks (403 MISSING_SCOPES). */
  missingScopes: string[];
  /** HubSpot requests made (one per planned call). */
  calls: number;
}

export async function runWave(hubspot: HubSpotClient, calls: PlannedCall[], deadlineAt: number): Promise<WaveResult> {
  const settled = await Promise.allSettled(calls.map((c) => callFacts(hubspot, c, deadlineAt)));
  const facts: Fact[] = [];
  const missingScopes = new Set<string>();
  settled.forEach((s, i) => {
    if (s.status === 'fulfilled') {
      facts.push(...s.value);
      return;
    }
    const call = calls[i];
    if (s.reason instanceof NotFoundError) facts.push(...notFoundFacts(call));
    const optional = optionalKindOf(call);
    if (s.reason instanceof MissingScopesError && optional) {
      const scope = OPTIONAL_NAME_SCOPES[optional].scope;
      missingScopes.add(scope);
      facts.push([factKey.scopeMissing(scope), true]);
    }
  });
  return { facts, missingScopes: [...missingScopes], calls: calls.length };
}

function optionalKindOf(call: PlannedCall): OptionalNameKind | undefined {
  if (call.kind === 'lists') return 'list';
  if (call.kind === 'form' || call.kind === 'marketingEmail') return call.kind;
  if (call.kind === 'objectSchemas') return 'objectType';
  return undefined;
}

/** What a 404 means: this object (or these) does not exist any more. */
function notFoundFacts(call: PlannedCall): Fact[] {
  switch (call.kind) {
    case 'form':
    case 'marketingEmail':
    case 'sequence':
      return [[factKey.id(call.kind, call.id), null]];
    case 'owner':
      return [[factKey.id(call.idProperty === 'id' ? 'owner' : 'user', call.id), null]];
    default:
      return [];
  }
}

const SINGULAR: Record<string, string> = { '0-1': 'contact', '0-2': 'company', '0-3': 'deal', '0-5': 'ticket' };

export function ownerName(o: Owner): string | null {
  const name = [o.firstName, o.lastName]
    .filter((p) => p && p.trim())
    .join(' ')
    .trim();
  return name || o.email || null;
}

function ownerFacts(o: Owner): Fact[] {
  const name = ownerName(o);
  const facts: Fact[] = [[factKey.id('owner', o.id), name]];
  if (o.userId !== undefined && o.userId !== null) facts.push([factKey.id('user', o.userId), name]);
  for (const t of o.teams ?? []) facts.push([factKey.id('team', t.id), t.name]);
  return facts;
}

async function callFacts(hubspot: HubSpotClient, call: PlannedCall, deadlineAt: number): Promise<Fact[]> {
  const api = hubspot.names;
  switch (call.kind) {
    case 'properties': {
      const found = await api.properties({ objectType: call.objectType, names: call.names, deadlineAt });
      const byName = new Map(found.map((p) => [p.name, p]));
      return call.names.map((name): Fact => {
        const p = byName.get(name);
        const fact: PropertyFact | null = p
          ? { label: p.label, options: Object.fromEntries((p.options ?? []).map((o) => [o.value, o.label])), ownerValues: p.referencedObjectType === 'OWNER' }
          : null;
        return [factKey.property(call.objectType, name), fact];
      });
    }
    case 'pipelines': {
      const pipelines = await api.pipelines({ objectType: call.objectType, deadlineAt });
      const fact = { pipelines: {} as Record<string, string>, stages: {} as Record<string, string> };
      for (const p of pipelines) {
        fact.pipelines[p.id] = p.label;
        for (const s of p.stages) fact.stages[s.id] = s.label;
      }
      return [[factKey.pipelines(call.objectType), fact]];
    }
    case 'owner': {
      const o = await api.owner({ id: call.id, idProperty: call.idProperty, deadlineAt });
      return o ? ownerFacts(o) : notFoundFacts(call);
    }
    case 'teams':
      return (await api.owners({ limit: 100, deadlineAt })).results.flatMap(ownerFacts);
    case 'associationLabels': {
      const labels = await api.associationLabels({ fromObjectType: call.from, toObjectType: call.to, deadlineAt });
      const pair = SINGULAR[call.from] && SINGULAR[call.to] ? `${SINGULAR[call.from]} to ${SINGULAR[call.to]}` : undefined;
      const byType: Record<string, string> = {};
      for (const l of labels) {
        // An unlabeled type (HubSpot's default association) is named by its pair, as HubSpot's UI does.
        const name = l.label?.trim() || pair;
        if (name) byType[String(l.typeId)] = name;
      }
      return [[factKey.associationLabels(call.from, call.to), byType]];
    }
    case 'lists': {
      const lists = new Map((await api.lists({ listIds: call.ids, deadlineAt })).map((l) => [l.listId, l.name]));
      return call.ids.map((id): Fact => [factKey.id('list', id), lists.get(id) ?? null]);
    }
    case 'form': {
      const f = await api.form({ formId: call.id, deadlineAt });
      return [[factKey.id('form', call.id), f?.name ?? null]];
    }
    case 'marketingEmail': {
      const e = await api.marketingEmail({ emailId: call.id, deadlineAt });
      return [[factKey.id('marketingEmail', call.id), e?.name ?? null]];
    }
    case 'sequence': {
      const s = await hubspot.sequences.get({ userId: call.userId, sequenceId: call.id, deadlineAt });
      return [[factKey.id('sequence', call.id), s.name]];
    }
    case 'objectSchemas': {
      const found = await api.objectSchemas({ objectTypes: call.objectTypes, deadlineAt });
      const byType = new Map(found.map((s) => [s.objectTypeId, s.labels]));
      return call.objectTypes.map((id): Fact => {
        const labels = byType.get(id);
        return [factKey.objectType(id), labels ? { singular: labels.singular, plural: labels.plural } : null];
      });
    }
    case 'workflows': {
      const flows = new Map((await hubspot.workflows.batchRead({ flowIds: call.ids, deadlineAt })).map((f) => [f.id, f.name]));
      return call.ids.map((id): Fact => [factKey.id('workflow', id), flows.get(id) ?? null]);
    }
  }
}
