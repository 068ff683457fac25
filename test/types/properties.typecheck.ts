/**
 * The cards' propertiesToSend are typed exactly against server/contact-properties.ts (checked by
 * `npm run typecheck`, never executed): each `@ts-expect-error` line must fail to compile.
 */
import type { ContactPropertiesOf } from '../../server/contact-properties';
import { exactly } from '../../src/app/cards/shared/properties-to-send';

type Workflow = ContactPropertiesOf<'get-workflow' | 'enroll-in-workflow'>;

export function checks() {
  exactly<Workflow>()(['hs_object_id', 'email', 'hs_email_optout']);
  // @ts-expect-error a property get-workflow reads is missing (hs_email_optout): it would cost a contacts read
  exactly<Workflow>()(['hs_object_id', 'email']);
  // @ts-expect-error a property no function reads
  exactly<Workflow>()(['hs_object_id', 'email', 'hs_email_optout', 'phone']);
}
