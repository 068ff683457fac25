/** What every part of the decoder reads besides the flow: the catalog, the names, the object type in scope. */
import type { Catalog } from './catalog';
import { UNNAMED, type NameContext } from './names';

export interface DecodeContext {
  catalog: Catalog;
  names: NameContext;
  /**
   * The object type whose properties the words mention: the flow's enrolled object, the associated
   * object inside an association filter, the event type inside an event filter.
   */
  objectTypeId: string;
  /** Inside an event trigger's list-membership branches: list filters are changes ("Added to list …"). */
  listMembershipChange?: boolean;
}

/** Without `names`, ids are shown as they are and not recorded (decodeFlow and collectReferences pass their own). */
export function contextFor(catalog: Catalog, objectTypeId = '', names: NameContext = UNNAMED): DecodeContext {
  return { catalog, names, objectTypeId };
}
