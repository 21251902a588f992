import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// BLIKOPENER_OUT_DIR lets parallel work build into separate folders; the default is out/.
const out = process.env.BLIKOPENER_OUT_DIR ?? resolve(import.meta.dirname, 'out');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(out, 'main'),
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // The import parser runs in a worker thread; parseInWorker loads it from next to index.js.
          'parse-worker': resolve(import.meta.dirname, 'electron/services/imports/worker/parse-worker.ts'),
          // The meeting scheduler runs in a worker thread too; runScheduleInWorker loads it from next to index.js.
          'schedule-worker': resolve(import.meta.dirname, 'electron/services/scheduling/worker/schedule-worker.ts'),
          // Its second thread (a portfolio on two cores); solvePortfolio loads it from next to index.js.
          'schedule-helper': resolve(import.meta.dirname, 'electron/services/scheduling/worker/schedule-helper.ts'),
          // Part of the VLAIO report is built in a worker thread; startVlaioPart loads it from next to index.js.
          'vlaio-worker': resolve(import.meta.dirname, 'electron/services/reports/vlaio-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(out, 'preload'),
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload can only be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(out, 'renderer'),
      minify: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
