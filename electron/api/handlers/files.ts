import { saveFile } from '../../services/files/save-file';
import type { HandlerModule } from './types';

export const fileHandlers: HandlerModule = {
  'files.save': (ctx, input) => saveFile(ctx, input),
};
