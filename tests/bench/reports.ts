import type { AppContext } from '../../electron/services/context';

/** Filled in by the reports implementation: runs on the demo database of the scale run. */
export async function runReportBench(_ctx: AppContext): Promise<void> {}
