/**
 * Sales email templates (beta API EMAIL_TEMPLATES_API, PublicTemplate) the fixture sequences' email
 * steps use. 91000003 is deliberately missing (a template deleted after the sequence was built), so
 * a step without a readable template is exercised too.
 */
import type { HsEmailTemplate } from '../../server/hubspot/hubspot-types';
import { FIXTURES } from './ids';

const created = Date.parse('2025-10-01T09:00:00.000Z');
const tpl = (id: string, name: string, subject: string, body: string, folderId = '5001'): HsEmailTemplate => ({
  id,
  name,
  subject,
  body,
  folderId,
  ownerId: FIXTURES.users.rep.userId,
  createdAt: created,
  updatedAt: created + 86_400_000,
});

export function emailTemplates(): HsEmailTemplate[] {
  return [
    tpl('91000001', 'Intro – short and friendly', 'Quick intro from {{owner.firstname}}', '<p>Hi {{contact.firstname}}, …</p>'),
    tpl('91000002', 'Follow-up: did you see my note?', 'Re: quick intro', '<p>Following up on my note from last week.</p>'),
    tpl('91000011', 'Inbound – thanks for reaching out', 'Thanks for getting in touch', '<p>Thanks for your interest, {{contact.firstname}}.</p>', '5002'),
    tpl('91000012', 'Inbound – resources after the call', 'Resources we discussed', '<p>Here are the resources we discussed.</p>', '5002'),
    tpl('91000031', 'Webinar – recording and slides', 'The recording you asked for', '<p>The recording and slides are here.</p>', '5003'),
    tpl('91000041', 'Re-engagement – still a priority?', 'Is this still a priority?', '<p>Is this still on your list?</p>', '5003'),
    tpl('91000042', 'Re-engagement – closing the loop', 'Closing the loop', '<p>I will close your file for now.</p>', '5003'),
  ];
}
