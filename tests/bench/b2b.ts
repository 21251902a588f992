/** Filled in by the area's implementation. */
export async function runB2bBench(): Promise<void> {}
