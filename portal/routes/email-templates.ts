/**
 * Sales email templates, beta (EMAIL_TEMPLATES_API, OpenAPI email-templates-2026-09-beta.json, scope
 * sales-templates-public-read). Only the read of one template is served: what the app calls.
 * Without the (optional) scope the dispatcher answers 403 MISSING_SCOPES, as for any route; the
 * workbench and tests withhold it with `portal.setWithheldScopes([...])` (or /__admin/scopes).
 */
import { EMAIL_TEMPLATES_API } from '../../server/hubspot/api-versions';
import type { HsEmailTemplate } from '../../server/hubspot/hubspot-types';
import { err, ok, type Res } from '../responses';
import { route, SCOPES, type Ctx, type Route } from './route';

export const emailTemplateRoutes: Route[] = [route('GET', `${EMAIL_TEMPLATES_API}/{templateId}`, SCOPES.templatesRead, getTemplate)];

function getTemplate(ctx: Ctx): Res {
  const id = decodeURIComponent(ctx.params[0]);
  const t = ctx.state.data.emailTemplates.find((x) => x.id === id);
  // HubSpot's generic not-found answer (no subCategory documented for this API).
  if (!t) return err(404, 'OBJECT_NOT_FOUND', `Template ${id} does not exist`);
  return ok<HsEmailTemplate>(structuredClone(t));
}
