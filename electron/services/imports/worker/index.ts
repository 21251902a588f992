/**
 * `parseInWorker`: the read step and header detection in a worker thread with a memory limit, so
 * a huge or hostile file can neither freeze the main process (the UI, the IPC) nor take it down:
 * a worker that runs out of memory or fails ends with a Dutch AppError for the caller.
 *
 * Where the worker's code comes from:
 * - TypeScript source (tsx, vitest): this file is `index.ts`; the worker runs `parse-worker.ts`
 *   through a bootstrap that registers tsx's ESM loader first (see worker-start.ts).
 * - The built app: electron-vite bundles main into out/main/index.js, so the worker needs an entry
 *   of its own next to it: `'parse-worker': 'electron/services/imports/worker/parse-worker.ts'` in
 *   electron.config.ts `main.build.rollupOptions.input`, giving out/main/parse-worker.js, which is
 *   what startEntryWorker points at when this code runs as .js. `options.workerUrl` overrides both.
 */
import type { Worker } from 'node:worker_threads';
import { AppError } from '../../errors';
import { startEntryWorker, toErrorCode } from '../../worker-start';
import { detectHeader } from '../header';
import type { ParsedFile, ParsedWorkbook, ParseProgress, WorkerMessage } from './protocol';

export type { ParsedFile, ParseProgress } from './protocol';
export { parseFile } from './parse';

export type ParseOptions = {
  /** The worker's heap limit; a file that needs more is refused. Default 512 MB. */
  maxOldGenerationSizeMb?: number;
  onProgress?: (progress: ParseProgress) => void;
  workerUrl?: URL;
  /**
   * The worker's Node options; by default the parent's. The bench passes [] with a built
   * `workerUrl`: it runs under tsx itself, and the app's built worker never loads tsx's loader.
   */
  execArgv?: string[];
};

export const DEFAULT_WORKER_MEMORY_MB = 512;

const OUT_OF_MEMORY =
  'Dit bestand is te groot om veilig te lezen: het lezen had meer geheugen nodig dan toegestaan. Splits het bestand in kleinere delen of verwijder overbodige werkbladen en kolommen.';
const CRASHED =
  'Het lezen van het bestand liep onverwacht vast. Probeer het opnieuw; lukt het niet, sla het bestand opnieuw op als .xlsx of CSV.';

/** Reads `bytes` (a copy goes to the worker; the caller's buffer stays usable) and detects the header. */
export function parseInWorker(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ParsedFile> {
  const copy = bytes.slice();
  return new Promise<ParsedFile>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    let worker: Worker;
    try {
      worker = startEntryWorker(
        import.meta.url,
        'parse-worker',
        {
          workerData: { bytes: copy, fileName },
          transferList: [copy.buffer],
          resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? DEFAULT_WORKER_MEMORY_MB },
          ...(options.execArgv ? { execArgv: options.execArgv } : {}),
          stdout: false,
          stderr: false,
        },
        options.workerUrl,
      );
    } catch {
      reject(new AppError('INTERNAL', CRASHED));
      return;
    }
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.({ fraction: message.fraction, label: message.label });
      else if (message.type === 'done') {
        const parsed = withHeader(message.result);
        settle(() => (parsed ? resolve(parsed) : reject(new AppError('INTERNAL', CRASHED))));
      } else settle(() => reject(new AppError(toErrorCode(message.code), message.message)));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      settle(() => reject(new AppError('VALIDATION', error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? OUT_OF_MEMORY : CRASHED)));
    });
    // Runs after 'done'/'failed'/'error' too; it only decides when the worker died silently.
    worker.on('exit', () => settle(() => reject(new AppError('INTERNAL', CRASHED))));
  });
}

/** The header the worker found, rebuilt on this side from the one copy of the cells (see ParsedWorkbook). */
function withHeader({ workbook, sheet, headerRow }: ParsedWorkbook): ParsedFile | null {
  const chosen = workbook.sheets[sheet];
  if (!chosen) return null;
  return { workbook, sheet, header: detectHeader(chosen, headerRow - 1) };
}
