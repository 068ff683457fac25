/** `npm run portal`: the emulated HubSpot portal on http://127.0.0.1:4010 (PORT to change). */
import { seedData } from './fixtures';
import { DEFAULT_TOKEN, NO_SEQUENCES_TOKEN, SCOPES, startPortal } from './server';
import type { FaultConfig } from './types';

async function main(): Promise<void> {
  let faults: Partial<FaultConfig> = {};
  if (process.env.PORTAL_FAULTS) {
    try {
      faults = JSON.parse(process.env.PORTAL_FAULTS) as Partial<FaultConfig>;
    } catch (e) {
      console.error(`PORTAL_FAULTS is not valid JSON: ${(e as Error).message}`);
      process.exit(2);
    }
  }
  const list = (v: string | undefined) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  // PORTAL_SENSITIVE_FLOWS=600000001,…: more flows withheld for sensitive data (routes/sensitive.ts); the seed has one.
  const data = seedData();
  data.sensitiveFlowIds = [...(data.sensitiveFlowIds ?? []), ...list(process.env.PORTAL_SENSITIVE_FLOWS)];
  const portal = await startPortal({
    data,
    // PORTAL_V2_MIGRATION_STATUS=off: the v2 membership answer without migrationStatus (unverified either way).
    v2MigrationStatus: process.env.PORTAL_V2_MIGRATION_STATUS !== 'off',
    grantedSensitiveScopes: list(process.env.PORTAL_GRANT_SENSITIVE_SCOPES),
    port: process.env.PORT ? Number(process.env.PORT) : 4010,
    host: '127.0.0.1',
    faults,
    seed: process.env.PORTAL_SEED ? Number(process.env.PORTAL_SEED) : undefined,
    notEnrolledShape: process.env.PORTAL_NOT_ENROLLED_SHAPE === 'empty' ? 'empty' : '404',
    // e.g. PORTAL_WITHHOLD_SCOPES=sales-templates-public-read: an install where the admin did not grant the optional scope
    withheldScopes: (process.env.PORTAL_WITHHOLD_SCOPES ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    tokens: {
      [DEFAULT_TOKEN]: { scopes: '*' },
      [NO_SEQUENCES_TOKEN]: { scopes: [SCOPES.automation, SCOPES.contactsRead] },
    },
  });
  console.log(`Emulated HubSpot portal on ${portal.url} (token: ${DEFAULT_TOKEN})`);
  const stop = () => {
    void portal.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
