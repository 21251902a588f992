/** Table sorting state -> the call's sort input, for the columns the server can sort on. */
export function sortFrom<C extends string>(sorting: { id: string; desc: boolean }[], columns: readonly C[]) {
  const first = sorting[0];
  if (!first || !(columns as readonly string[]).includes(first.id)) return undefined;
  return { column: first.id as C, direction: first.desc ? ('desc' as const) : ('asc' as const) };
}
