/** The current contact's properties as cards read them (fetchCrmObjectProperties, onCrmPropertiesUpdate). */
import type { PortalContact } from './api';

export type ContactProps = Record<string, string | null>;

/** The named properties (null where the contact has none), or all of them for '*'. */
export function pickProps(all: ContactProps, names: string[] | '*'): ContactProps {
  if (names === '*') return { ...all };
  return Object.fromEntries(names.map((n) => [n, all[n] ?? null]));
}

/** A contact's properties plus hs_object_id, as HubSpot answers them; {} without a contact. */
export function propsOf(contact: PortalContact | undefined): ContactProps {
  return contact ? { hs_object_id: contact.id, ...contact.properties } : {};
}
