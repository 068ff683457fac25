/**
 * The last step of reading a sequence for a card: template names and, for a contact, filled tokens.
 * Both reads start together (one round trip at most, after the sequence itself; none when the template
 * names are cached and the tokens are among the properties already at hand), and neither can fail the
 * call: a template without a name keeps its id label, a token without a value stays as written.
 */
import type { Sequence } from '../hubspot/schemas';
import type { HubSpotClient } from '../hubspot/types';
import type { NameCache } from '../names/cache';
import { decodeSequence } from './decode';
import type { PreparedSequence } from './status';
import { templateNames } from './template-names';
import { nameTemplates, templateIds } from './templates';
import { missingProperties, personalizeSequence, sequenceTokenProperties } from './tokens';
import type { SequenceDetails } from './types';

export interface EnrichInput {
  hubspot: HubSpotClient;
  /** The contact whose tokens to fill, with the properties already read; absent: tokens stay as written. */
  contact?: { id: string; properties: Record<string, string | null | undefined> };
  /** Template names of this warm container (default: the process's names cache). */
  nameCache?: NameCache;
}

export async function enrichSequence(details: SequenceDetails, { hubspot, contact, nameCache }: EnrichInput): Promise<SequenceDetails> {
  const missing = contact ? missingProperties(sequenceTokenProperties(details), contact.properties) : [];
  const [names, more] = await Promise.all([
    templateNames(hubspot, templateIds(details), nameCache),
    contact && missing.length ? hubspot.contacts.get({ contactId: contact.id, properties: missing }).catch(() => null) : Promise.resolve(null),
  ]);
  const named = nameTemplates(details, names);
  return contact ? personalizeSequence(named, { ...contact.properties, ...more?.properties }) : named;
}

/** A sequence read from HubSpot, decoded and enriched for a contact, ready to be dated. */
export async function prepareSequence(seq: Sequence, input: EnrichInput): Promise<PreparedSequence> {
  return { details: await enrichSequence(decodeSequence(seq), input), settings: seq.settings };
}
