/** Filled in by the area's implementation. */
export async function runRoutingBench(): Promise<void> {}
