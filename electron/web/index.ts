import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRouter } from '../api/router';
import { openNodeHostContext, repoRoot } from '../host/node-host';
import { ensureDailyBackup } from '../services/backup/backups';
import { sweepTempDirsAtStart } from '../services/files/temp-dirs';
import { startWebServer } from './server';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
  },
  strict: true,
});

const port = values.port ? Number(values.port) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Ongeldige poort: ${values.port ?? ''}`);
  process.exit(2);
}

const ctx = openNodeHostContext(values['data-dir']);
if (ctx.state().kind === 'open') ensureDailyBackup(ctx);
sweepTempDirsAtStart();
const router = createRouter(ctx, { logError: (method, error) => console.error(`[${method}]`, error) });
// BLIKOPENER_OUT_DIR: the build folder electron.config.ts wrote to (default out/).
const outDir = process.env.BLIKOPENER_OUT_DIR ?? path.join(repoRoot(), 'out');
const server = await startWebServer({ router, staticDir: path.join(outDir, 'renderer'), port });

console.log(`Blikopener Desk in browsermodus: ${server.url}`);
console.log(`Gegevensmap: ${ctx.paths.dataDir}`);
if (ctx.state().kind === 'damaged') console.log('Let op: de databank is beschadigd; open de URL om een back-up terug te zetten.');

const stop = () => {
  void server.close().then(() => {
    ctx.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
