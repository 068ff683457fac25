/**
 * Type-level test of the result codes' details (server/contract.ts ErrorDetailsByCode), checked by
 * `npm run typecheck` (never executed): each `@ts-expect-error` line must fail to compile.
 */
import type { FunctionError } from '../../server/contract';
import { FunctionFailure } from '../../server/runtime/errors-to-result';

export function checks(error: FunctionError) {
  // A card reads typed details.
  const noInbox: boolean | undefined = error.details?.noConnectedInbox;
  const sender: string | undefined = error.details?.senderEmail;
  void noInbox;
  void sender;
  // @ts-expect-error noConnectedInbox is a boolean, not a string
  const wrong: string | undefined = error.details?.noConnectedInbox;
  void wrong;
  // @ts-expect-error a field no code carries
  void error.details?.noInbox;

  // The server builds details per code.
  void new FunctionFailure('SENDER_NOT_CONNECTED', 'x', { details: { senderEmail: 'a@b.c', noConnectedInbox: true } });
  void new FunctionFailure('BOUNCED', 'x', { details: { bounceReason: 'HARD_BOUNCE' } });
  // @ts-expect-error SENDER_NOT_CONNECTED's details are not BOUNCED's
  void new FunctionFailure('SENDER_NOT_CONNECTED', 'x', { details: { bounceReason: 'HARD_BOUNCE' } });
  // @ts-expect-error SENDER_NOT_CONNECTED names the refused address
  void new FunctionFailure('SENDER_NOT_CONNECTED', 'x', { details: { noConnectedInbox: true } });
  // @ts-expect-error a code without details takes none
  void new FunctionFailure('RATE_LIMITED', 'x', { details: { contactId: '1' } });
}
