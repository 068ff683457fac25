/**
 * Custom object schemas the portal knows (GET/POST /crm-object-schemas/2026-03/schemas…): the custom
 * object types of custom-object flows, named as HubSpot's schemas API names them (`labels.singular` /
 * `labels.plural`, platform doc §6). The type id is the one issue 17 quotes from a live portal's flow
 * ("Object 2-34637667"); its names are made up here (no recorded schema answer exists).
 */
import type { HsObjectSchema } from '../../server/hubspot/hubspot-types';
import { FIXTURES } from './ids';

export const CUSTOM_OBJECT_TYPES = { webinarRegistrations: '2-34637667' } as const;

function schema(objectTypeId: string, name: string, singular: string, plural: string, primaryDisplayProperty: string): HsObjectSchema {
  return {
    id: objectTypeId.slice(2),
    objectTypeId,
    name,
    fullyQualifiedName: `p${FIXTURES.portalId}_${name}`,
    labels: { singular, plural },
    primaryDisplayProperty,
    allowsSensitiveProperties: false,
    archived: false,
    // Definitions are what the include* flags ask for; the portal leaves them out when not asked (see the route).
    associations: [],
    properties: [],
    requiredProperties: [primaryDisplayProperty],
    searchableProperties: [primaryDisplayProperty],
    secondaryDisplayProperties: [],
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
  };
}

export const OBJECT_SCHEMAS: readonly HsObjectSchema[] = [
  schema(CUSTOM_OBJECT_TYPES.webinarRegistrations, 'webinar_registrations', 'Webinar registration', 'Webinar registrations', 'registration_name'),
];
