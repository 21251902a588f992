/**
 * Worker entry (node:worker_threads): reads the file and detects the header off the main thread,
 * under the memory limit the caller set. Started by `parseInWorker`; never imported by the app.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../errors';
import { parseFile } from './parse';
import type { ParseRequest, WorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('parse-worker must run as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);
const request = workerData as ParseRequest;

try {
  const { workbook, sheet, header } = await parseFile(request.bytes, request.fileName, (fraction, label) =>
    post({ type: 'progress', fraction, label }),
  );
  post({ type: 'done', result: { workbook, sheet, headerRow: header.headerRow } });
} catch (error) {
  if (error instanceof AppError) post({ type: 'failed', code: error.code, message: error.message });
  else
    post({
      type: 'failed',
      code: 'INTERNAL',
      message: `Het bestand kon niet gelezen worden door een onverwachte fout: ${error instanceof Error ? error.message : String(error)}`,
    });
}
