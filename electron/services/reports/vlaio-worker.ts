/**
 * Worker entry (node:worker_threads): builds part of the VLAIO report on the second core. Started
 * by startVlaioPart; never imported by the app. It reads through a snapshot of its own and works
 * only if that snapshot is the main thread's (same last audit row); otherwise it says so and the
 * main thread does the part itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pack, transferList } from './lookup-pack';
import { openReadSnapshot } from './read-snapshot';
import { runVlaioPart } from './vlaio-part';
import type { PartWorkerMessage, PartWorkerRequest } from './vlaio-parallel';

const port = parentPort;
if (!port) throw new Error('vlaio-worker must run as a worker thread');
const request = workerData as PartWorkerRequest;
const post = (message: PartWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let snapshot: ReturnType<typeof openReadSnapshot> | null = null;
try {
  snapshot = openReadSnapshot(request.file, request.nativeBinding);
  if (snapshot.auditId !== request.auditId) post({ type: 'stale' });
  else {
    const result = runVlaioPart(snapshot.db, request.part, (key, value) => {
      const packed = pack(key, value);
      post({ type: 'lookup', key, packed }, transferList(packed));
    });
    post({ type: 'done', result });
  }
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
} finally {
  snapshot?.close();
}
