/**
 * Lists (LISTS_API, crm-lists-2026-03.json, scope crm.lists.read), forms (FORMS_API, marketing-forms-v3.json,
 * scope forms) and marketing emails (MARKETING_EMAILS_API, marketing-emails-2026-03.json, scope content):
 * the names behind optional scopes. Data: portal/data/names.ts.
 */
import { FORMS_API, LISTS_API, MARKETING_EMAILS_API } from '../../server/hubspot/api-versions';
import type { HsForm, HsListsById, HsMarketingEmail } from '../../server/hubspot/hubspot-types';
import { notFound, ok, type Res } from '../responses';
import { route, SCOPES, type Ctx, type Route } from './route';
import { namesOf } from './crm-names';

export const marketingNameRoutes: Route[] = [
  route('GET', LISTS_API, SCOPES.listsRead, getListsByIds),
  route('GET', `${FORMS_API}/{formId}`, SCOPES.forms, getForm),
  route('GET', `${MARKETING_EMAILS_API}/{emailId}`, SCOPES.content, getMarketingEmail),
];

/** `?listIds=1&listIds=2` (exploded array); unknown ids are left out of `lists`. */
function getListsByIds(ctx: Ctx): Res {
  const ids = new Set(
    ctx.query
      .getAll('listIds')
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  );
  return ok<HsListsById>({ lists: structuredClone(namesOf(ctx).lists.filter((l) => ids.has(l.listId))) });
}

function getForm(ctx: Ctx): Res {
  const id = decodeURIComponent(ctx.params[0]);
  const f = namesOf(ctx).forms.find((x) => x.id === id);
  if (!f) return notFound(`Form ${id} does not exist`);
  return ok<HsForm>(structuredClone(f));
}

function getMarketingEmail(ctx: Ctx): Res {
  const id = decodeURIComponent(ctx.params[0]);
  const e = namesOf(ctx).marketingEmails.find((x) => x.id === id);
  if (!e) return notFound(`Email ${id} does not exist`);
  return ok<HsMarketingEmail>(structuredClone(e));
}
