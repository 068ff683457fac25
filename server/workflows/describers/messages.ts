/** Messages: 0-4 marketing email, 0-8 internal email notification, 0-9 in-app notification. */
import { pick, str } from '../read';
import { brief, humanizeValue } from '../words';
import { idWords, messageWords, recipients, type ActionDescriber } from './shared';

/** Fields: content_id (the marketing email's id). */
const sendMarketingEmail: ActionDescriber = (fields, ctx) => {
  const email = pick(fields, ['content_id', 'contentId', 'email_id']);
  return { summary: `Send marketing email ${email === undefined ? brief('(no email chosen)') : idWords(ctx, 'marketingEmail', email)}` };
};

/** Fields: user_ids, team_ids, owner_properties, recipient_emails, subject, body. */
const internalEmail: ActionDescriber = (fields, ctx) => {
  const details: string[] = [];
  const to = recipients(fields, ctx);
  const subject = str(fields.subject);
  if (fields.body !== undefined) details.push(`Message: ${messageWords(fields.body, ctx)}`);
  return { summary: `Send internal email notification to ${to ?? 'nobody (no recipients chosen)'}${subject ? `: ${messageWords(subject, ctx, 120)}` : ''}`, details };
};

/** Fields: as 0-8, plus delivery_method. */
const inAppNotification: ActionDescriber = (fields, ctx) => {
  const details: string[] = [];
  const to = recipients(fields, ctx);
  const subject = str(fields.subject);
  if (fields.body !== undefined) details.push(`Message: ${messageWords(fields.body, ctx)}`);
  if (fields.delivery_method !== undefined) details.push(`Delivery: ${humanizeValue(brief(fields.delivery_method))}`);
  return { summary: `Send in-app notification to ${to ?? 'nobody (no recipients chosen)'}${subject ? `: ${messageWords(subject, ctx, 120)}` : ''}`, details };
};

export const MESSAGE_DESCRIBERS: Record<string, ActionDescriber> = {
  '0-4': sendMarketingEmail,
  '0-8': internalEmail,
  '0-9': inAppNotification,
};
