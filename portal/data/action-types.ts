/**
 * Action type catalog served by GET /automation/2026-09-beta/action-types (shape: ApiActionTypeDefinition).
 * Ids and names from the action table in ../shared/seeds/002_6b5cb293b6f48597.txt; field definitions are
 * a plausible subset (the seed does not list them), enough for a client to render a label.
 */
import type { ActionTypeDefinition } from '../types';

type FieldDefinition = ActionTypeDefinition['inputFieldDefinitions'][number];
type SimpleField = Extract<FieldDefinition, { fieldDefinitionType: 'SIMPLE' }>;
type EnumField = Extract<FieldDefinition, { fieldDefinitionType: 'ENUM' }>;

const ALL = ['0-1', '0-2', '0-3', '0-5'];
const CONTACT = ['0-1'];

const simple = (name: string, type: SimpleField['type'], isRequired = false, label?: string): SimpleField => ({
  fieldDefinitionType: 'SIMPLE',
  name,
  type,
  isRequired,
  ...(label ? { label } : {}),
});
const enumField = (name: string, values: string[], isRequired = true): EnumField => ({
  fieldDefinitionType: 'ENUM',
  name,
  type: 'enumeration',
  isRequired,
  options: values.map((v, i) => ({ label: v, value: v, description: '', displayOrder: i, doubleData: 0, hidden: false, readOnly: false })),
});

const rows: [string, string, string, string[], FieldDefinition[]][] = [
  ['0-1', 'Delay for a set amount of time', 'DELAYS', ALL, [simple('delta', 'number', true), enumField('time_unit', ['MINUTES', 'HOURS', 'DAYS'])]],
  ['0-35', 'Delay until a date', 'DELAYS', ALL, [simple('date', 'object_coordinates', true)]],
  ['0-29', 'Delay until an event occurs', 'DELAYS', ALL, [simple('expiration_minutes', 'number')]],
  ['0-15', 'Go to workflow', 'WORKFLOWS', ALL, [simple('flow_id', 'string', true)]],
  [
    '0-46510720',
    'Enroll in a sequence',
    'SEQUENCES',
    CONTACT,
    [simple('sequenceId', 'string', true), enumField('sender_type', ['CONTACT_OWNER', 'SPECIFIC_USER']), simple('contact_owner_email', 'string')],
  ],
  ['0-4702372', 'Unenroll from sequence', 'SEQUENCES', CONTACT, []],
  ['0-4', 'Send email', 'COMMUNICATIONS', CONTACT, [simple('content_id', 'string', true)]],
  ['0-9', 'Send in-app notification', 'COMMUNICATIONS', ALL, [simple('user_ids', 'string'), simple('subject', 'string', true), simple('body', 'string', true)]],
  ['0-8', 'Send an internal email notification', 'COMMUNICATIONS', ALL, [simple('user_ids', 'string'), simple('subject', 'string', true), simple('body', 'string', true)]],
  ['0-23', 'Send internal marketing emails', 'COMMUNICATIONS', ALL, [simple('content_id', 'string', true)]],
  ['0-40900952', 'Send SMS message', 'COMMUNICATIONS', CONTACT, [simple('content_id', 'string', true)]],
  ['0-5', 'Edit records', 'CRM', ALL, [simple('property_name', 'string', true), simple('value', 'string', true)]],
  ['0-14', 'Create record', 'CRM', ALL, [simple('object_type_id', 'string', true)]],
  ['0-3', 'Create task', 'CRM', ALL, [simple('subject', 'string', true), simple('body', 'string'), enumField('task_type', ['TODO', 'CALL', 'EMAIL'], false)]],
  ['0-169425243', 'Create note', 'CRM', ALL, [simple('note_body', 'string', true)]],
  ['0-11', 'Rotate record to owner', 'CRM', ALL, [simple('user_ids', 'string', true)]],
  ['0-63809083', 'Add to static list', 'LISTS', ALL, [simple('listId', 'string', true)]],
  ['0-63863438', 'Remove from static list', 'LISTS', ALL, [simple('listId', 'string', true)]],
  ['0-31', 'Set marketing contact status', 'CRM', CONTACT, [enumField('status', ['MARKETABLE', 'NON_MARKETABLE'])]],
  ['0-43347357', 'Manage communication subscriptions', 'COMMUNICATIONS', CONTACT, [simple('subscription_id', 'string', true)]],
];

export const ACTION_TYPES: ActionTypeDefinition[] = rows.map(([actionTypeId, actionName, groupId, objectTypeIds, inputFieldDefinitions]) => ({
  actionTypeId,
  actionName,
  groupId,
  objectTypeIds,
  inputFieldDefinitions,
}));
