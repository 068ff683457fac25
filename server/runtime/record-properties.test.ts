/**
 * propertiesToSend: validated by the runtime, used by the functions that read the contact on the
 * record instead of a contacts read, and the read kept as the fallback. Against the emulated portal.
 */
import { startPortal, type Portal } from '../../portal/server';
import { CONTACTS_API } from '../hubspot/api-versions';
import { depsFor } from '../../test/sequences/harness';
import { SEQUENCE_PROPERTIES_TO_SEND, WORKFLOW_PROPERTIES_TO_SEND } from '../../src/app/cards/shared/properties-to-send';
import { contactSequenceStatus, contactSequenceStatusInput } from '../functions/contact-sequence-status';
import { enrollInSequence, enrollInSequenceInput } from '../functions/enroll-in-sequence';
import { enrollInWorkflow, enrollInWorkflowInput } from '../functions/enroll-in-workflow';
import { FIXTURES } from '../../portal/fixtures';
import { CONTACT_PROPERTIES } from '../sequences/eligibility';
import { defineFunction, runHandler } from './define-function';
import { RECORD_ID_PROPERTY } from '../hubspot/contact-property-names';
import { contactFromPropertiesToSend, propertiesSentFor } from './record-properties';
import * as z from 'zod/mini';

const { contacts: C, users: U, sequences: S } = FIXTURES;
let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.close());
beforeEach(() => {
  portal.reset();
  portal.resetFaults();
});

/** What HubSpot sends for `names` of a portal contact (unset properties as null). */
function sent(contactId: string, names: readonly string[]): Record<string, string | null> {
  const contact = portal.state.data.contacts.find((c) => String(c.id) === contactId)!;
  const all: Record<string, string | null | undefined> = { hs_object_id: String(contact.id), ...contact.properties };
  return Object.fromEntries(names.map((n) => [n, all[n] ?? null]));
}
const contactReads = () => portal.calls.filter((c) => c.path.startsWith(CONTACTS_API));

describe('propertiesSentFor', () => {
  it('gives what the card sent only when it is of the contact asked about', () => {
    const props = { hs_object_id: '7', hubspot_owner_id: '83' };
    expect(propertiesSentFor({ propertiesToSend: props }, '7')).toBe(props);
    expect(propertiesSentFor({ propertiesToSend: props }, '8')).toBeUndefined(); // another record
    expect(propertiesSentFor({ propertiesToSend: { hubspot_owner_id: '83' } }, '7')).toBeUndefined(); // no record id
    expect(propertiesSentFor({}, '7')).toBeUndefined();
  });
});

describe('contactFromPropertiesToSend', () => {
  it('uses them only when they are of the contact and complete', () => {
    const props = { hs_object_id: '7', email: 'a@b.c', hs_email_optout: null };
    expect(contactFromPropertiesToSend({ propertiesToSend: props }, '7', ['email', 'hs_email_optout'])).toEqual({ id: '7', properties: { email: 'a@b.c', hs_email_optout: null } });
    expect(contactFromPropertiesToSend({ propertiesToSend: props }, '8', ['email'])).toBeNull(); // another record
    expect(contactFromPropertiesToSend({ propertiesToSend: props }, '7', ['email', 'hs_email_hard_bounce_reason_enum'])).toBeNull(); // not asked for
    expect(contactFromPropertiesToSend({}, '7', ['email'])).toBeNull();
  });

  it('the cards ask for every property the functions need, and the record id', () => {
    expect(SEQUENCE_PROPERTIES_TO_SEND).toEqual(expect.arrayContaining([RECORD_ID_PROPERTY, ...CONTACT_PROPERTIES]));
    expect(WORKFLOW_PROPERTIES_TO_SEND).toEqual(expect.arrayContaining([RECORD_ID_PROPERTY, 'email']));
  });
});

describe('runtime: context.propertiesToSend is validated like the parameters', () => {
  const echo = defineFunction(z.object({}), async (_input, deps) => deps.propertiesToSend ?? null);
  const env = process.env.PRIVATE_APP_ACCESS_TOKEN;
  beforeAll(() => {
    process.env.PRIVATE_APP_ACCESS_TOKEN = 'test-token';
  });
  afterAll(() => {
    if (env === undefined) delete process.env.PRIVATE_APP_ACCESS_TOKEN;
    else process.env.PRIVATE_APP_ACCESS_TOKEN = env;
  });

  it('passes valid ones to the handler (numbers and booleans as text)', async () => {
    expect(await echo({ parameters: {}, propertiesToSend: { email: 'a@b.c', hs_email_optout: false, n: 3, none: null } })).toEqual({
      ok: true,
      data: { email: 'a@b.c', hs_email_optout: 'false', n: '3', none: null },
    });
    expect(await echo({ parameters: {} })).toEqual({ ok: true, data: null });
  });

  it('refuses malformed ones before any HubSpot call', async () => {
    const res = await echo({ parameters: {}, propertiesToSend: { email: { nested: true } } as never });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!res.ok) expect(res.error.message).toContain('propertiesToSend.email');
    expect(await echo({ parameters: {}, propertiesToSend: ['email'] as never })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('functions on the record use propertiesToSend instead of a contacts read', () => {
  it('contact-sequence-status: same answer, no contacts read, one call fewer', async () => {
    const params = { contactId: C.enrolled, userId: U.rep.userId };
    const read = await runHandler(contactSequenceStatusInput, contactSequenceStatus, params, depsFor(portal));
    const readCalls = portal.calls.length;
    expect(contactReads()).toHaveLength(1);
    portal.clearCalls();
    const withProps = await runHandler(contactSequenceStatusInput, contactSequenceStatus, params, depsFor(portal), sent(C.enrolled, SEQUENCE_PROPERTIES_TO_SEND));
    expect(withProps).toEqual(read);
    expect(contactReads()).toHaveLength(0);
    expect(portal.calls).toHaveLength(readCalls - 1);
  });

  it.each([
    [C.noEmail, 'NO_EMAIL'],
    [C.optedOut, 'OPTED_OUT'],
    [C.bounced, 'BOUNCED'],
  ])('enroll-in-sequence refuses contact %s (%s) from propertiesToSend, without reading it', async (contactId, code) => {
    const res = await runHandler(
      enrollInSequenceInput,
      enrollInSequence,
      { contactId, sequenceId: S.inboundFollowUp, userId: U.rep.userId, senderEmail: U.rep.email },
      depsFor(portal),
      sent(contactId, SEQUENCE_PROPERTIES_TO_SEND),
    );
    expect(res).toMatchObject({ ok: false, error: { code } });
    expect(contactReads()).toHaveLength(0);
  });

  it('enroll-in-sequence enrolls an eligible contact from propertiesToSend', async () => {
    const res = await runHandler(
      enrollInSequenceInput,
      enrollInSequence,
      { contactId: C.notEnrolled, sequenceId: S.inboundFollowUp, userId: U.rep.userId, senderEmail: U.rep.email },
      depsFor(portal),
      sent(C.notEnrolled, SEQUENCE_PROPERTIES_TO_SEND),
    );
    expect(res.ok).toBe(true);
    expect(contactReads()).toHaveLength(0);
  });

  it('enroll-in-workflow takes the email from propertiesToSend; falls back to a read when they are of another contact', async () => {
    const params = { contactId: C.inNoWorkflows, flowId: FIXTURES.flows.welcome };
    const res = await runHandler(enrollInWorkflowInput, enrollInWorkflow, params, depsFor(portal), sent(C.inNoWorkflows, WORKFLOW_PROPERTIES_TO_SEND));
    expect(res).toMatchObject({ ok: true, data: { email: sent(C.inNoWorkflows, ['email']).email } });
    expect(contactReads()).toHaveLength(0);
    portal.reset();
    const other = await runHandler(enrollInWorkflowInput, enrollInWorkflow, params, depsFor(portal), sent(C.enrolled, WORKFLOW_PROPERTIES_TO_SEND));
    expect(other).toMatchObject({ ok: true, data: { email: sent(C.inNoWorkflows, ['email']).email } });
    expect(contactReads()).toHaveLength(1);
  });
});
