/**
 * The parse worker as the built app runs it: one ES module with the app's code bundled and the
 * packages (exceljs, papaparse) left external, as electron-vite builds out/main/parse-worker.js.
 * From source, parseInWorker starts the worker through tsx, which compiles every module of the
 * worker again in the new thread (0.6-0.9 s the app never spends); the bench times the app's path.
 * Built with Vite (the build tool of the app), before any timing, into node_modules/.cache so the
 * external packages resolve from the repository's node_modules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export async function buildParseWorker(root: string): Promise<URL> {
  const outDir = path.join(root, 'node_modules', '.cache', 'blikopener-bench-parse-worker');
  fs.rmSync(outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: path.join(root, 'electron', 'services', 'imports', 'worker', 'parse-worker.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'parse-worker.mjs' } },
    },
  });
  return pathToFileURL(path.join(outDir, 'parse-worker.mjs'));
}
