/** `npm start`: the workbench on http://127.0.0.1:3000 (PORT, PORTAL_PORT override). */
import { startWorkbench } from './server';

async function main() {
  const started = Date.now();
  const wb = await startWorkbench({
    port: process.env.PORT ? Number(process.env.PORT) : 3000,
    portalPort: process.env.PORTAL_PORT ? Number(process.env.PORTAL_PORT) : undefined,
  });
  console.log(`Emulated portal: ${wb.portal.url}`);
  console.log(`Cards: ${wb.cards.map((c) => c.name).join(', ') || '(none)'}`);
  console.log(`Workbench ready: ${wb.url}  (${Date.now() - started} ms)`);
  const stop = () => {
    wb.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
