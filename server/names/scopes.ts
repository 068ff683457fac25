/**
 * The optional scopes names depend on: an admin may install the app without them, and then those ids
 * stay visible and the panel says, once, which scope would add which names. The scope strings come
 * from the endpoint registry (one truth with app-hsmeta.json optionalScopes, checked by tools/scopes.test.ts).
 */
import { ENDPOINTS } from '../hubspot/endpoints';

export interface NameNotice {
  /** The optional scope the app lacks in this account. */
  scope: string;
  /** What granting it adds: "list names". */
  adds: string;
}

/** Reference kinds whose names need an optional scope, with the words the notice uses. */
export const OPTIONAL_NAME_SCOPES = {
  list: { scope: ENDPOINTS.getListsByIds.scope, adds: 'list names' },
  form: { scope: ENDPOINTS.getForm.scope, adds: 'form names' },
  marketingEmail: { scope: ENDPOINTS.getMarketingEmail.scope, adds: 'marketing email names' },
  objectType: { scope: ENDPOINTS.batchReadObjectSchemas.scope, adds: 'custom object names' },
} as const;

export type OptionalNameKind = keyof typeof OPTIONAL_NAME_SCOPES;
