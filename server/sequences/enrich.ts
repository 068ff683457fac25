/**
 * The last step of reading a sequence for a card: template names and, for a contact, filled tokens.
 * Both reads start together (one round trip at most, after the sequence itself), and neither can fail
 * the call: a template without a name keeps its id label, a token without a value stays as written.
 */
import type { HubSpotClient } from '../hubspot/types';
import { nameTemplates, templateIds, templateNames } from './templates';
import { missingProperties, personalizeSequence, sequenceTokenProperties } from './tokens';
import type { SequenceDetails } from './types';

export interface EnrichInput {
  hubspot: HubSpotClient;
  /** The contact whose tokens to fill, with the properties already read; absent: tokens stay as written. */
  contact?: { id: string; properties: Record<string, string | null | undefined> };
}

export async function enrichSequence(details: SequenceDetails, { hubspot, contact }: EnrichInput): Promise<SequenceDetails> {
  const missing = contact ? missingProperties(sequenceTokenProperties(details), contact.properties) : [];
  const [names, more] = await Promise.all([
    templateNames(hubspot, templateIds(details)),
    contact && missing.length ? hubspot.contacts.get({ contactId: contact.id, properties: missing }).catch(() => null) : Promise.resolve(null),
  ]);
  const named = nameTemplates(details, names);
  return contact ? personalizeSequence(named, { ...contact.properties, ...more?.properties }) : named;
}
