import { defineMessages } from './define';

/** Messages under the `reports` key. */
export const reportsMessages = defineMessages({ reports: {} }, { reports: {} });
