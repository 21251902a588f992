import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';

type DataVersionApi = { version: number; reloadAll: () => void };

const DataVersionContext = createContext<DataVersionApi>({ version: 0, reloadAll: () => {} });

/** A counter every query depends on: bumping it (e.g. after a restore) reloads all data. */
export function DataVersionProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const reloadAll = useCallback(() => setVersion((v) => v + 1), []);
  const value = useMemo(() => ({ version, reloadAll }), [version, reloadAll]);
  return <DataVersionContext value={value}>{children}</DataVersionContext>;
}

export function useDataVersion(): DataVersionApi {
  return use(DataVersionContext);
}
