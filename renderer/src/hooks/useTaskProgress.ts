import { useEffect, useState } from 'react';
import type { TaskProgressView } from '../../../electron/api/contract';
import { callRaw } from '../api';

/**
 * Progress of a long call (see electron/services/tasks/progress.ts): make an id with newTaskId(),
 * pass it as `taskId` in the call's input, and poll with useTaskProgress(id, running) while the
 * call runs. Polling goes through the ordinary contract, so it works over IPC and HTTP alike.
 */
export function newTaskId(): string {
  return `task-${crypto.randomUUID()}`;
}

const POLL_MS = 250;

export function useTaskProgress(taskId: string | null, running: boolean): TaskProgressView | null {
  // Kept with the task it belongs to, so a finished or other task never shows a stale bar.
  const [state, setState] = useState<{ taskId: string; value: TaskProgressView | null } | null>(null);
  useEffect(() => {
    if (!taskId || !running) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      callRaw('tasks.progress', { taskId }).then(
        (value) => {
          if (stopped) return;
          setState({ taskId, value: (value as TaskProgressView | null) ?? null });
          timer = setTimeout(poll, POLL_MS);
        },
        // A failed poll only means no bar this time; the call itself reports its own errors.
        () => {
          if (!stopped) timer = setTimeout(poll, POLL_MS * 4);
        },
      );
    };
    timer = setTimeout(poll, POLL_MS / 2);
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [taskId, running]);
  return running && state !== null && state.taskId === taskId ? state.value : null;
}
