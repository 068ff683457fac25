/** What every part of the decoder reads besides the flow: the catalog, the names, the object type in scope. */
import type { Catalog } from './catalog';
import { recordingNames, type NameContext } from './names';

export interface DecodeContext {
  catalog: Catalog;
  names: NameContext;
  /**
   * The object type whose properties the words mention: the flow's enrolled object, the associated
   * object inside an association filter, the event type inside an event filter.
   */
  objectTypeId: string;
}

export function contextFor(catalog: Catalog, objectTypeId = '', names: NameContext = recordingNames()): DecodeContext {
  return { catalog, names, objectTypeId };
}
