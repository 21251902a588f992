import { defineMessages } from './define';

/** Messages under the `workspace` key. */
export const workspaceMessages = defineMessages({ workspace: {} }, { workspace: {} });
