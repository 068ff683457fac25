/**
 * The specs whose types the code imports (server/hubspot/hubspot-types.ts), one per API family and the
 * version api-versions.ts calls. The other files in shared/ (sequences-v4, sequences-2026-03,
 * crm-contacts-v3: versions the app does not call) are read by the portal's contract tests as JSON only.
 */
export const OPENAPI_SPECS = [
  'automation-2026-09-beta.json',
  'automation-v4.json',
  'crm-associations-schema-2026-03.json',
  'crm-contacts-2026-03.json',
  'crm-lists-2026-03.json',
  // Custom object names (labels.singular/plural): for the names of custom-object flows (platform notes §6).
  'crm-object-schemas-2026-03.json',
  'crm-owners-2026-03.json',
  'crm-pipelines-2026-03.json',
  'crm-properties-2026-03.json',
  'email-templates-2026-09-beta.json',
  'marketing-emails-2026-03.json',
  'marketing-forms-v3.json',
  'sequences-2026-09.json',
];
