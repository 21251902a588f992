import { taskProgress } from '../../services/tasks/progress';
import type { HandlerModule } from './types';

export const taskHandlers: HandlerModule = {
  'tasks.progress': (ctx, input) => taskProgress(ctx, input.taskId),
};
