/**
 * The cards' propertiesToSend are typed exactly against server/contact-properties.ts (checked by
 * `npm run typecheck`, never executed): each `@ts-expect-error` line must fail to compile.
 */
import type { ContactPropertiesOf } from '../../server/contact-properties';
import { exactly } from '../../src/app/cards/shared/properties-to-send';

type Workflow = ContactPropertiesOf<'search-workflows' | 'unenroll-from-workflow'>;
type Sequence = ContactPropertiesOf<'enroll-in-sequence'>;

export function checks() {
  exactly<Workflow>()(['hs_object_id', 'email']);
  // @ts-expect-error a property the functions read is missing (email): it would cost a contacts read
  exactly<Workflow>()(['hs_object_id']);
  // @ts-expect-error a property no function reads
  exactly<Workflow>()(['hs_object_id', 'email', 'phone']);
  // @ts-expect-error a property enroll-in-sequence reads is missing (hs_email_optout)
  exactly<Sequence>()(['hs_object_id', 'email', 'hs_email_hard_bounce_reason_enum', 'firstname', 'lastname', 'company', 'jobtitle']);
}
