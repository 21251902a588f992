/**
 * Part of the VLAIO report on the second core: a worker thread (vlaio-worker.ts) reads the same
 * database snapshot and builds the figures and some data sheets (vlaio-part.ts) while the main
 * thread streams the other sheets into the workbook. Loading is electron/services/worker-start.ts:
 * from source a tsx bootstrap, built out/main/vlaio-worker.js (electron.config.ts main input).
 *
 * Whatever goes wrong with the worker (it cannot start, runs out of memory, or its snapshot is not
 * the main thread's because something was saved in between), the main thread does the part itself
 * on its own snapshot: slower, never different.
 */
import type { Worker } from 'node:worker_threads';
import type { AppContext } from '../context';
import { startEntryWorker } from '../worker-start';
import { unpack, type Packed } from './lookup-pack';
import type { ReadSnapshot } from './read-snapshot';
import type { VlaioLookups } from './vlaio-lookups';
import { runVlaioPart, type PartRequest, type PartResult } from './vlaio-part';
import type { LookupKey } from './vlaio-sheets';

export type PartWorkerRequest = { file: string; nativeBinding?: string; auditId: number; part: PartRequest };

export type PartWorkerMessage =
  | { type: 'lookup'; key: LookupKey; packed: Packed }
  | { type: 'done'; result: PartResult }
  | { type: 'stale' }
  | { type: 'failed'; message: string };

export type PartRun = {
  /** A lookup the part shares (request.share), as soon as it is read. */
  lookup: <K extends LookupKey>(key: K) => Promise<VlaioLookups[K]>;
  result: Promise<PartResult>;
  /** Stops the part (the report failed elsewhere): the worker is ended, nothing is built in its place. */
  cancel: () => void;
};

type Deferred<T> = { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void };
function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A rejection is seen where the promise is awaited; unawaited ones must not crash the process.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

export type PartOptions = {
  /** false: build the part on the main thread (no worker). */
  inWorker?: boolean;
  workerUrl?: URL;
  /** Told who built the part in the end: the worker (true) or the main thread (false). */
  onSettled?: (inWorker: boolean) => void;
};

export function startVlaioPart(ctx: AppContext, snapshot: ReadSnapshot, part: PartRequest, options: PartOptions = {}): PartRun {
  const lookups = new Map<LookupKey, Deferred<VlaioLookups[LookupKey]>>(part.share.map((key) => [key, deferred()]));
  const result = deferred<PartResult>();
  let settled = false;
  let worker: Worker | null = null;
  const settle = (inWorker: boolean, value: PartResult) => {
    options.onSettled?.(inWorker);
    result.resolve(value);
  };
  const inThread = () => {
    if (settled) return;
    settled = true;
    try {
      settle(
        false,
        runVlaioPart(snapshot.db, part, (key, lookup) => lookups.get(key)?.resolve(lookup)),
      );
    } catch (error) {
      for (const d of lookups.values()) d.reject(error);
      result.reject(error);
    }
  };
  let warned = false;
  const fallBack = (why: string | null) => {
    // The file comes out the same, only slower: said in the log so a slow report can be explained.
    if (why !== null && !settled && !warned) {
      warned = true;
      console.warn(`VLAIO-rapport: de tweede draad viel weg (${why}); deze draad bouwt dat deel zelf.`);
    }
    setImmediate(inThread);
  };
  if (options.inWorker === false) fallBack(null);
  else {
    try {
      worker = startPartWorker(ctx, snapshot, part, options.workerUrl);
      worker.on('message', (message: PartWorkerMessage) => {
        if (settled) return;
        if (message.type === 'lookup') lookups.get(message.key)?.resolve(unpack(message.packed));
        else if (message.type === 'done') {
          settled = true;
          settle(true, message.result);
        } else fallBack(message.type === 'stale' ? 'er werd intussen iets bewaard' : message.message);
      });
      worker.on('error', (error) => fallBack(error.message));
      worker.on('exit', (code) => fallBack(`gestopt met code ${code}`));
    } catch (error) {
      fallBack(error instanceof Error ? error.message : String(error));
    }
  }
  return {
    lookup: <K extends LookupKey>(key: K) => {
      const d = lookups.get(key);
      if (!d) throw new Error(`De opzoektabel ${key} wordt niet gedeeld`);
      return d.promise as Promise<VlaioLookups[K]>;
    },
    result: result.promise,
    cancel: () => {
      if (settled) return;
      settled = true;
      void worker?.terminate();
      const stopped = new Error('Het rapport werd afgebroken');
      for (const d of lookups.values()) d.reject(stopped);
      result.reject(stopped);
    },
  };
}

function startPartWorker(ctx: AppContext, snapshot: ReadSnapshot, part: PartRequest, workerUrl: URL | undefined): Worker {
  const request: PartWorkerRequest = {
    file: ctx.paths.databaseFile,
    ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}),
    auditId: snapshot.auditId,
    part,
  };
  return startEntryWorker(
    import.meta.url,
    'vlaio-worker',
    {
      workerData: request,
      // A small young generation: the worker's rows are short-lived, and its heap counts in the
      // process's peak memory with the main thread's (< 500 MB at 100k organisations).
      resourceLimits: { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 8 },
      stdout: false,
      stderr: false,
    },
    workerUrl,
  );
}
