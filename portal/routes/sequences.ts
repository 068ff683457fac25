/**
 * Sequences (SEQUENCES_API, OpenAPI sequences-2026-09.json). Also served on the 2026-03 and v4 paths:
 * same shapes (HubSpot keeps older versions answering until their support ends).
 */
import { SEQUENCES_API } from '../../server/hubspot/api-versions';
import type { HsContactSequenceEnrollment, HsSequence, HsSequenceEnrollmentCreated, HsSequenceLite, HsSequencePage } from '../../server/hubspot/hubspot-types';
import { enrollmentRefusal, err, isRes, notFound, ok, validation, type Res } from '../responses';
import type { PortalContact, PortalSequence } from '../types';
import { parseAfter, parseLimit, requireUser, route, SCOPES, type Ctx, type Route } from './route';

export const SEQUENCE_BASES = [SEQUENCES_API, '/automation/sequences/2026-03', '/automation/v4/sequences'];

/** Default page size 10 (the OpenAPI gives none: unverified), max 100. */
export const SEQUENCE_PAGE = { default: 10, max: 100 };

export const sequenceRoutes: Route[] = SEQUENCE_BASES.flatMap((base) => [
  route('GET', base, SCOPES.sequencesRead, listSequences),
  route('POST', `${base}/enrollments`, SCOPES.sequencesEnroll, enroll),
  route('GET', `${base}/enrollments/contact/{contactId}`, SCOPES.sequencesRead, contactEnrollment),
  route('GET', `${base}/{sequenceId}`, SCOPES.sequencesRead, getSequence),
]);

function sequenceLite(s: PortalSequence): HsSequenceLite {
  const o: HsSequenceLite = { id: s.id, name: s.name, userId: s.userId, createdAt: s.createdAt, updatedAt: s.updatedAt };
  if (s.folderId) o.folderId = s.folderId;
  return o;
}

function listSequences(ctx: Ctx): Res {
  const u = requireUser(ctx);
  if (isRes(u)) return u;
  const limit = parseLimit(ctx.query, SEQUENCE_PAGE.default, SEQUENCE_PAGE.max);
  if (isRes(limit)) return limit;
  const after = parseAfter(ctx.query);
  if (isRes(after)) return after;
  const all = ctx.state.sequencesMatching(ctx.query.get('name') ?? undefined);
  const page = all.slice(after, after + limit);
  const body: HsSequencePage = { total: all.length, results: page.map(sequenceLite) };
  if (after + limit < all.length) {
    const next = String(after + limit);
    const q = new URLSearchParams(ctx.query);
    q.set('after', next);
    body.paging = { next: { after: next, link: `https://api.hubapi.com${ctx.basePath}?${q}` } };
  }
  return ok(body);
}

function getSequence(ctx: Ctx): Res {
  const u = requireUser(ctx);
  if (isRes(u)) return u;
  const s = ctx.state.sequencesById.get(decodeURIComponent(ctx.params[0]));
  if (!s) return notFound(`Sequence ${ctx.params[0]} not found`);
  return ok<HsSequence>(structuredClone(s));
}

function enroll(ctx: Ctx): Res {
  const u = requireUser(ctx);
  if (isRes(u)) return u;
  const b = ctx.body as Record<string, unknown> | undefined;
  if (!b || typeof b !== 'object' || Array.isArray(b)) return validation('Request body must be a JSON object');
  for (const f of ['contactId', 'sequenceId', 'senderEmail']) {
    if (b[f] === undefined || b[f] === null || b[f] === '') return validation(`${f} may not be null`, { [f]: ['null'] });
    if (typeof b[f] !== 'string') return validation(`${f} must be a string`, { [f]: [String(b[f])] });
  }
  if (b.senderAliasAddress !== undefined && typeof b.senderAliasAddress !== 'string')
    return validation('senderAliasAddress must be a string', { senderAliasAddress: [String(b.senderAliasAddress)] });
  const { state } = ctx;
  const user = state.usersById.get(u)!;
  // Refusals as HubSpot documents them (status, category, message; a subCategory only where HubSpot
  // names a reason). HubSpot's API spec documents no reason codes here: see server/runtime/sequence-refusals.ts.
  if (!user.paidSeat) {
    // Documented in words only (the API guide: the user needs a paid Sales/Service Hub seat); a 403, no reason code.
    return err(403, 'FORBIDDEN', `User ${user.userId} does not have an assigned Sales Hub or Service Hub Professional or Enterprise seat, which is required to use sequences`);
  }
  const sequence = state.sequencesById.get(b.sequenceId as string);
  // A 404 like a contact's: HubSpot documents no reason code that tells the two apart.
  if (!sequence) return notFound(`Sequence ${b.sequenceId} not found`);
  const contact = state.contactsById.get(b.contactId as string);
  if (!contact) return notFound(`Contact ${b.contactId} not found`);
  const sender = (b.senderEmail as string).toLowerCase();
  const inboxes = user.inboxes.map((i) => i.toLowerCase());
  // HubSpot's wording, documented by message only (shared/docs/hubspot-platform.md §4).
  if (inboxes.length === 0) return err(400, 'VALIDATION_ERROR', 'no connected inboxes for specified user email');
  // Undocumented: a sender that is not one of the user's inboxes. No reason code: the app's unknown-refusal path.
  if (!inboxes.includes(sender)) return err(400, 'VALIDATION_ERROR', `senderEmail ${b.senderEmail} is not a connected inbox of user ${user.userId}`);
  if (b.senderAliasAddress && !inboxes.includes((b.senderAliasAddress as string).toLowerCase())) {
    return err(400, 'VALIDATION_ERROR', `senderAliasAddress ${b.senderAliasAddress} is not a connected inbox of user ${user.userId}`);
  }
  const p = contact.properties;
  // Undocumented (the app checks the email first): no reason code.
  if (!p.email) return err(400, 'VALIDATION_ERROR', `Contact ${contact.id} has no email address`);
  // The knowledge base names these reasons (ALREADY_ENROLLED, UNSUBSCRIBED, BOUNCED): sent as subCategory and errors[].code.
  if (state.activeEnrollment(contact.id)) return enrollmentRefusal('ALREADY_ENROLLED', `Contact ${contact.id} is already enrolled in a sequence`);
  if (p.hs_email_optout === 'true') return enrollmentRefusal('UNSUBSCRIBED', `Contact ${contact.id} has unsubscribed from all email`);
  if (p.hs_email_hard_bounce_reason_enum) return enrollmentRefusal('BOUNCED', `Email to contact ${contact.id} previously hard bounced`);
  const e = enrollWithPropertyLag(ctx, contact, () => state.enrollInSequence(contact, sequence, user, b.senderEmail as string));
  return ok<HsSequenceEnrollmentCreated>({ id: e.id, toEmail: e.toEmail, enrolledAt: e.enrolledAt, updatedAt: e.updatedAt });
}

/** HubSpot's own sequence properties on the contact, which it updates after the fact (platform notes §6). */
const SEQUENCE_PROPERTIES = ['hs_sequences_is_enrolled', 'hs_sequences_actively_enrolled_count', 'hs_latest_sequence_enrolled', 'hs_latest_sequence_enrolled_date'];

/** Enrolls at once; with `sequencePropertiesLagMs`, the contact's sequence properties show it only that much later. */
function enrollWithPropertyLag<T>(ctx: Ctx, contact: PortalContact, enroll: () => T): T {
  const lagMs = ctx.opts.sequencePropertiesLagMs ?? 0;
  const before = Object.fromEntries(SEQUENCE_PROPERTIES.map((p) => [p, contact.properties[p] ?? null]));
  const result = enroll();
  if (lagMs > 0) {
    const after = Object.fromEntries(SEQUENCE_PROPERTIES.map((p) => [p, contact.properties[p] ?? null]));
    Object.assign(contact.properties, before);
    setTimeout(() => Object.assign(contact.properties, after), lagMs).unref();
  }
  return result;
}

function contactEnrollment(ctx: Ctx): Res {
  const id = decodeURIComponent(ctx.params[0]);
  if (!ctx.state.contactsById.has(id)) return notFound(`Contact ${id} not found`);
  const e = ctx.state.activeEnrollment(id);
  if (!e) {
    // `{}` violates the OpenAPI schema on purpose: what HubSpot answers here is unverified.
    if (ctx.opts.notEnrolledShape === 'empty') return { status: 200, body: {} };
    return notFound(`Contact ${id} is not enrolled in any sequence`);
  }
  const s = ctx.state.sequencesById.get(e.sequenceId);
  return ok<HsContactSequenceEnrollment>({
    id: e.id,
    sequenceId: e.sequenceId,
    sequenceName: s?.name ?? '',
    enrolledBy: e.enrolledBy,
    enrolledByEmail: e.enrolledByEmail,
    toEmail: e.toEmail,
    enrolledAt: e.enrolledAt,
    updatedAt: e.updatedAt,
  });
}
