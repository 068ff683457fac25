/**
 * What a workflow's words ask to have named: one Reference per id (scoped where HubSpot scopes it), and the
 * NameLookup that answers with labels. The vocabulary between the decoder (server/workflows, which records
 * the references) and the names (this folder, which reads HubSpot's names for them); imports nothing.
 */

/** One thing a workflow refers to by id. Property values are scoped to their object type and property. */
export type Reference =
  | { kind: 'property'; objectTypeId: string; property: string }
  | { kind: 'propertyValue'; objectTypeId: string; property: string; value: string }
  | { kind: 'pipeline' | 'pipelineStage'; objectTypeId: string; id: string }
  /**
   * An association type id is portal-wide, but HubSpot lists labels per object pair: the pair, where the
   * words know it, says which list to read (not part of the key: the id alone names the type).
   */
  | { kind: 'associationType'; id: string; fromObjectTypeId?: string; toObjectTypeId?: string }
  /** An object type by name (custom objects: HubSpot's schemas API), singular ("Webinar registration") or plural. */
  | { kind: 'objectType'; id: string; number: 'singular' | 'plural' }
  /** An action type the seed catalog lacks (an app's custom action): named from the portal's live catalog. */
  | { kind: 'actionType'; id: string }
  | { [K in IdKind]: { kind: K; id: string } }[IdKind];

/** Things known by an id alone (portal-wide). */
export type IdKind = 'owner' | 'user' | 'team' | 'list' | 'form' | 'marketingEmail' | 'sequence' | 'workflow' | 'adsAudience';

export type ReferenceKind = Reference['kind'];

export interface NameLookup {
  /** The label HubSpot shows for the thing, or undefined when not known (the decoder then shows today's text). */
  label(ref: Reference): string | undefined;
}

/** The default: no names known, every id is shown as it is. */
export const ID_AS_IS: NameLookup = { label: () => undefined };
