/**
 * Starting a worker thread whose entry module sits next to the code that starts it, the same way
 * from TypeScript source and in the built app:
 * - from source (tsx, vitest; the caller's URL ends in .ts): a fresh worker knows no TypeScript,
 *   and on Node 20 `--import tsx` in a worker's execArgv does not reach its entry module, so a
 *   small JS bootstrap registers tsx's ESM loader in the worker and then imports `<name>.ts`;
 * - built (electron-vite bundles main into out/main/index.js): `<name>.js` next to it, an entry
 *   of its own in electron.config.ts `main.build.rollupOptions.input`. Code shared by two entries
 *   lands in out/main/chunks/, one folder down: the entry is then found one folder up.
 * `override` (tests, the bench) points at a worker file directly.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { errorCodes, type ErrorCode } from '../api/contract/errors';

/** tsx's ESM API module (its `import` export; `require.resolve` would give the CommonJS one). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  return pathToFileURL(path.join(path.dirname(manifest), pkg.exports['./esm/api'].import.default)).href;
}

/** `callerUrl`: the starting module's `import.meta.url`; `name`: the entry's file name without extension. */
export function startEntryWorker(callerUrl: string, name: string, init: WorkerOptions, override?: URL): Worker {
  if (override) return new Worker(override, init);
  if (!callerUrl.endsWith('.ts')) return new Worker(builtEntry(callerUrl, name), init);
  const entry = new URL(`./${name}.ts`, callerUrl).href;
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((m) => (m.register ?? m.default.register)()).then(() => import(${JSON.stringify(entry)}))`;
  return new Worker(bootstrap, { ...init, eval: true });
}

function builtEntry(callerUrl: string, name: string): URL {
  const next = new URL(`./${name}.js`, callerUrl);
  const up = new URL(`../${name}.js`, callerUrl);
  return !fs.existsSync(fileURLToPath(next)) && fs.existsSync(fileURLToPath(up)) ? up : next;
}

/** A worker's error code as one of the contract's codes (anything unknown is INTERNAL). */
export function toErrorCode(code: string): ErrorCode {
  return (errorCodes as readonly string[]).includes(code) ? (code as ErrorCode) : 'INTERNAL';
}
