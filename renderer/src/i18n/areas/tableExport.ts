import { defineMessages } from './define';

/** Messages under the `tableExport` key. */
export const tableExportMessages = defineMessages({ tableExport: {} }, { tableExport: {} });
