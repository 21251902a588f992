import type { ExportProgress } from '../../api/contract/table-export';

// Exports running now, by the id the renderer chose; an entry lives only while its export runs.
const running = new Map<string, { done: number; total: number }>();

export function startProgress(jobId: string | undefined, total: number): (done: number) => void {
  if (!jobId) return () => undefined;
  const entry = { done: 0, total };
  running.set(jobId, entry);
  return (done) => {
    entry.done = done;
  };
}

export function endProgress(jobId: string | undefined): void {
  if (jobId) running.delete(jobId);
}

export function exportProgress(jobId: string): ExportProgress {
  const entry = running.get(jobId);
  return entry ? { done: entry.done, total: entry.total } : null;
}
