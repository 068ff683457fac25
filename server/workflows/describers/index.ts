/**
 * One describer per action type, looked up by action type id (the ids of seed 002's tables). A type
 * without a describer is shown by its catalog name and its first fields; an unknown id as unknown.
 * To describe a new type: add a function to the file of its group and one entry to its map.
 */
import { genericFields, type ActionDescriber, type Described } from './shared';
import { DELAY_DESCRIBERS } from './delays';
import { ENROLLMENT_DESCRIBERS } from './enrollment';
import { MESSAGE_DESCRIBERS } from './messages';
import { RECORD_DESCRIBERS } from './records';
import type { DecodeContext } from '../context';
import { isObj, str, type Json } from '../read';
import type { StepKind } from '../types';

export type { ActionDescriber, ActionWords, Described } from './shared';

export const ACTION_DESCRIBERS: Readonly<Record<string, ActionDescriber>> = {
  ...DELAY_DESCRIBERS,
  ...MESSAGE_DESCRIBERS,
  ...RECORD_DESCRIBERS,
  ...ENROLLMENT_DESCRIBERS,
};

/** SINGLE_CONNECTION actions: the name from the catalog, the summary from the describer of that type. */
export function describeSingle(a: Json, ctx: DecodeContext): Described {
  const id = str(a.actionTypeId) ?? '';
  const fields = isObj(a.fields) ? a.fields : {};
  const entry = ctx.catalog.action(id);
  const kind: StepKind = entry ? 'action' : 'unknown';
  // A type the seed catalog lacks is named from the portal's live catalog when it has it (server/names).
  const name = entry?.name ?? (id ? ctx.names.name({ kind: 'actionType', id }, 'Unknown action') : 'Unknown action');
  const describer = Object.prototype.hasOwnProperty.call(ACTION_DESCRIBERS, id) ? ACTION_DESCRIBERS[id] : undefined;
  if (describer) {
    const words = describer(fields, { ...ctx, actionTypeId: id });
    const described: Described = { name: words.name ?? name, summary: words.summary, details: [...(words.details ?? [])], kind };
    if (words.targetFlowId) described.targetFlowId = words.targetFlowId;
    return described;
  }
  const g = genericFields(fields);
  return { name, summary: entry && g.length ? `${name}: ${g.slice(0, 2).join(', ')}` : name, details: g, kind };
}
