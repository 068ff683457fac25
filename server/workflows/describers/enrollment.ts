/** Memberships: lists (0-13, 0-63809083, 0-63863438), ads audiences (0-30), sequences (0-46510720, 0-4702372), workflows (0-15). */
import { pick, str } from '../read';
import { brief, humanizeValue } from '../words';
import { idWords, variantNamed, type ActionDescriber } from './shared';

const listWords = (ctx: Parameters<ActionDescriber>[1], listId: unknown) => (listId === undefined ? brief('(no list)') : idWords(ctx, 'list', listId));

/** Fields: list_id, operation (ADD | REMOVE). */
const staticList: ActionDescriber = (fields, ctx) => {
  const list = listWords(ctx, pick(fields, ['list_id', 'listId']));
  const remove = str(fields.operation)?.toUpperCase() === 'REMOVE';
  return { summary: remove ? `Remove from list ${list}` : `Add to list ${list}` };
};

/** Fields: operation or action (ADD… | REMOVE…), audienceId. */
const adsAudience: ActionDescriber = (fields, ctx) => {
  const remove = /REMOVE/i.test(String(pick(fields, ['operation', 'action']) ?? ''));
  const audience = pick(fields, ['audienceId', 'audience_id', 'audience']);
  return {
    name: variantNamed(ctx.catalog, ctx.actionTypeId, remove ? /^Remove/ : /^Add/),
    summary: `${remove ? 'Remove from' : 'Add to'} ads audience${audience !== undefined ? ` ${idWords(ctx, 'adsAudience', audience)}` : ''}`,
  };
};

/** Fields: sequenceId, senderEmail (or sender_type + userId: the user whose inbox sends). */
const enrollInSequence: ActionDescriber = (fields, ctx) => {
  const details: string[] = [];
  const seq = pick(fields, ['sequenceId', 'sequence_id', 'sequence']);
  const sender = pick(fields, ['senderEmail', 'sender_email', 'userEmail', 'user_email', 'senderAliasAddress', 'contact_owner_email', 'owner_email']);
  if (fields.sender_type !== undefined) details.push(`Sender: ${humanizeValue(brief(fields.sender_type))}`);
  const user = pick(fields, ['userId', 'user_id', 'sender_user_id']);
  let summary = `Enroll in sequence ${seq !== undefined ? idWords(ctx, 'sequence', seq) : '(no sequence chosen)'}`;
  if (sender !== undefined) summary += ` from ${brief(sender)}`;
  else if (user !== undefined) summary += ` from user ${idWords(ctx, 'user', user)}`;
  return { summary, details };
};

/** Fields: flow_id (the workflow to enroll the record in). */
const enrollInWorkflow: ActionDescriber = (fields, ctx) => {
  const wf = pick(fields, ['flow_id', 'flowId', 'workflow_id', 'workflowId']);
  const summary = `Enroll in workflow ${wf !== undefined ? idWords(ctx, 'workflow', wf) : '(no workflow chosen)'}`;
  return str(wf) ? { summary, targetFlowId: str(wf) } : { summary };
};

export const ENROLLMENT_DESCRIBERS: Record<string, ActionDescriber> = {
  '0-13': staticList,
  '0-63809083': (fields, ctx) => ({ summary: `Add to list ${listWords(ctx, pick(fields, ['listId', 'list_id']))}` }),
  '0-63863438': (fields, ctx) => ({ summary: `Remove from list ${listWords(ctx, pick(fields, ['listId', 'list_id']))}` }),
  '0-30': adsAudience,
  '0-46510720': enrollInSequence,
  '0-4702372': () => ({ summary: 'Unenroll from the current sequence' }),
  '0-15': enrollInWorkflow,
};
