/** Record actions: 0-5 set a property, 0-3 task, 0-14 create record, 0-169425243 note, 0-18224765 delete, 0-31 marketing status, 0-11 rotate owner. */
import { valueReference } from '../names';
import { arr, isObj, pick, str, type Json } from '../read';
import { brief, humanizeProperty, humanizeValue } from '../words';
import { associationDetails, associationWords, idWords, messageWords, objectSingular, propertyWords, recipients, valueInWords, variantNamed, type ActionDescriber } from './shared';

/** Fields: property_name, value (static, property, INCREMENT incrementAmount, CLEAR), association (on an associated record). */
const setProperty: ActionDescriber = (fields, ctx) => {
  let name: string | undefined;
  let summary: string;
  const details: string[] = [];
  const property = str(pick(fields, ['property_name', 'propertyName', 'property']));
  const prop = property ? propertyWords(ctx, property) : humanizeProperty('a property');
  const v = fields.value;
  const inc = isObj(v) && (str(v.type)?.toUpperCase() === 'INCREMENT' || v.incrementAmount !== undefined);
  if (inc) {
    name = variantNamed(ctx.catalog, ctx.actionTypeId, /increase or decrease/i);
    const amount = Number((v as Json).incrementAmount);
    summary = Number.isFinite(amount) && amount < 0 ? `Decrease ${prop} by ${Math.abs(amount)}` : `Increase ${prop} by ${brief((v as Json).incrementAmount)}`;
  } else if (v === undefined || v === null || (isObj(v) && str(v.type)?.toUpperCase() === 'CLEAR')) {
    summary = `Clear ${prop}`;
  } else {
    summary = `Set ${prop} to ${valueInWords(v, ctx, property ? { objectTypeId: ctx.objectTypeId, property } : undefined)}`;
  }
  if (isObj(fields.association)) {
    const assoc = fields.association;
    details.push(`On the associated record${associationWords(ctx, assoc.associationTypeId, { from: ctx.objectTypeId }, '', (w) => ` (${w})`)}`);
  }
  return { name, summary, details };
};

/** Tasks: HubSpot's object type 0-27 (the "from" side of a task's associations). */
const TASKS = '0-27';

/** Who a task goes to: an owner id, the record's owner property (owner_assignment CUSTOM + OBJECT_PROPERTY), or nobody. */
function taskOwner(owner: unknown, ctx: Parameters<ActionDescriber>[1]): string {
  if (owner === undefined) return 'unassigned';
  if (!isObj(owner)) return idWords(ctx, 'owner', owner);
  const v = isObj(owner.value) ? owner.value : owner;
  const property = str(v.propertyName);
  if (property) return `the record's ${propertyWords(ctx, property)}`;
  const id = str(v.staticValue ?? v.ownerId ?? v.id);
  return id ? idWords(ctx, 'owner', id) : 'unassigned';
}

/** Fields: subject, task_type, priority, owner_assignment (an owner id or an assignment object), body, associations. */
const createTask: ActionDescriber = (fields, ctx) => {
  const details: string[] = [];
  const subject = str(pick(fields, ['subject', 'title']));
  const summary = subject ? `Create task: ${messageWords(subject, ctx, 120)}` : 'Create task';
  if (fields.task_type !== undefined) details.push(`Type: ${humanizeValue(brief(fields.task_type))}`);
  if (fields.priority !== undefined) details.push(`Priority: ${humanizeValue(brief(fields.priority))}`);
  details.push(`Assigned to: ${taskOwner(pick(fields, ['owner_assignment', 'hubspot_owner_id', 'owner']), ctx)}`);
  if (fields.body !== undefined) details.push(`Notes: ${messageWords(fields.body, ctx)}`);
  details.push(...associationDetails(fields.associations, ctx, TASKS));
  return { summary, details };
};

/** Fields: object_type_id, properties [{ targetProperty, value }], associations. */
const createRecord: ActionDescriber = (fields, ctx) => {
  const details: string[] = [];
  const obj = str(fields.object_type_id);
  const singular = objectSingular(ctx, obj);
  const target = { ...ctx, objectTypeId: obj ?? '' };
  const props = arr(fields.properties).filter(isObj);
  const valueOf = (p: Json) => {
    const property = str(p.targetProperty);
    const to = property ? { objectTypeId: target.objectTypeId, property } : undefined;
    if (isObj(p.value) && p.value.staticValue !== undefined) {
      const id = str(p.value.staticValue);
      const shown = brief(p.value.staticValue);
      return to && id ? ctx.names.name(valueReference(to.objectTypeId, to.property, id), shown) : shown;
    }
    return valueInWords(p.value, ctx, to);
  };
  const titleProp = props.find((p) => ['dealname', 'subject', 'name', 'hs_ticket_name', 'firstname', 'email', 'hs_lead_name'].includes(String(p.targetProperty)));
  const summary = titleProp ? `Create ${singular}: ${valueOf(titleProp)}` : `Create ${singular}`;
  if (props.length)
    details.push(
      `Sets ${props.map((p) => `${str(p.targetProperty) ? propertyWords(target, str(p.targetProperty)!, target.objectTypeId, humanizeProperty(brief(p.targetProperty))) : humanizeProperty(brief(p.targetProperty))} = ${valueOf(p)}`).join('; ')}`,
    );
  details.push(...associationDetails(fields.associations, ctx, obj));
  return { summary, details };
};

/** Fields: note_body. */
const createNote: ActionDescriber = (fields, ctx) => {
  const body = pick(fields, ['note_body', 'body', 'hs_note_body']);
  return { summary: body !== undefined ? `Create note: ${messageWords(body, ctx)}` : 'Create note' };
};

/** Fields: marketableType (MARKETABLE | NON_MARKETABLE, as live portals send it) or marketing_status; targetContact. */
const setMarketingStatus: ActionDescriber = (fields) => {
  const status = str(pick(fields, ['marketableType', 'marketing_status', 'status', 'targetStatus']))?.toUpperCase();
  if (status === 'MARKETABLE' || status === 'MARKETING') return { summary: 'Set the contact as a marketing contact' };
  if (status === 'NON_MARKETABLE' || status === 'NON_MARKETING') return { summary: 'Set the contact as a non-marketing contact' };
  return { summary: status ? `Set marketing contact status to ${humanizeValue(status)}` : 'Set marketing contact status' };
};

/** Fields: user_ids, team_ids (the owners to rotate among), overwrite_current_owner. */
const rotateOwner: ActionDescriber = (fields, ctx) => {
  const details: string[] = [];
  const to = recipients(fields, ctx);
  const overwrite = str(fields.overwrite_current_owner)?.toLowerCase();
  if (overwrite === 'true' || overwrite === 'false') details.push(overwrite === 'true' ? 'Replaces the current owner' : 'Keeps a current owner');
  return { summary: `Rotate record to owner${to ? ` among ${to}` : ''}`, details };
};

export const RECORD_DESCRIBERS: Record<string, ActionDescriber> = {
  '0-5': setProperty,
  '0-3': createTask,
  '0-14': createRecord,
  '0-169425243': createNote,
  '0-18224765': (_fields, ctx) => ({ summary: `Delete the enrolled ${objectSingular(ctx, ctx.objectTypeId)}` }),
  '0-31': setMarketingStatus,
  '0-11': rotateOwner,
};
