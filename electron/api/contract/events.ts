/** Methods of this area; filled in by the area's implementation. */
export const eventMethods = {} as const;
