/** A nested message tree; `en` must have exactly the keys of `nl` (the type enforces it). */
export type MessageTree = { [key: string]: string | MessageTree };

type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

export type AreaMessages<N extends MessageTree> = { nl: N; en: SameShape<N> };

/**
 * One feature area's messages, under one top-level key, in their own file: features add their
 * strings without touching each other's files.
 */
export function defineMessages<N extends MessageTree>(nl: N, en: SameShape<N>): AreaMessages<N> {
  return { nl, en };
}
