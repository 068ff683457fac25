/**
 * Every route the emulated portal serves, in match order. To add an API: write portal/routes/<api>.ts
 * exporting a `Route[]` built with `route()` (its base path from server/hubspot/api-versions.ts), and
 * list it here. portal/contract.test.ts then requires every OpenAPI route to be exercised.
 */
import { actionTypeRoutes } from './action-types';
import { contactRoutes } from './contacts';
import { emailTemplateRoutes } from './email-templates';
import { crmNameRoutes } from './crm-names';
import { flowRoutes } from './flows';
import { legacyWorkflowRoutes } from './legacy-workflows';
import { marketingNameRoutes } from './marketing-names';
import { objectSchemaRoutes } from './object-schemas';
import type { Route } from './route';
import { sequenceRoutes } from './sequences';

export const ROUTES: Route[] = [
  ...sequenceRoutes,
  ...contactRoutes,
  ...flowRoutes,
  ...actionTypeRoutes,
  ...legacyWorkflowRoutes,
  ...emailTemplateRoutes,
  ...crmNameRoutes,
  ...marketingNameRoutes,
  ...objectSchemaRoutes,
];

export { route, SCOPES, type Ctx, type PortalBehaviour, type Route } from './route';
export { SEQUENCE_PAGE } from './sequences';
export { FLOW_PAGE } from './flows';
