import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { toApiError } from '../api';

export type Notice = { id: number; kind: 'error' | 'success'; message: string };

type NoticeApi = {
  notices: Notice[];
  /** Confirmations belong to the page they were shown on; errors stay until dismissed. */
  clearSuccess: () => void;
  notifySuccess: (message: string) => void;
  reportError: (error: unknown) => void;
  dismiss: (id: number) => void;
};

const NoticeContext = createContext<NoticeApi | null>(null);

let nextId = 1;
const SUCCESS_VISIBLE_MS = 10_000;

/** Holds the messages shown at the top of the page: errors stay until dismissed. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);

  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((n) => n.id !== id));
  }, []);

  const push = useCallback(
    (kind: Notice['kind'], message: string) => {
      const id = nextId++;
      setNotices((current) => [
        // One confirmation at a time; the same error repeated (a retried load) is shown once.
        ...current.filter((n) => n.kind !== kind || (kind === 'error' && n.message !== message)),
        { id, kind, message },
      ]);
      if (kind === 'success') window.setTimeout(() => dismiss(id), SUCCESS_VISIBLE_MS);
    },
    [dismiss],
  );

  const clearSuccess = useCallback(() => {
    setNotices((current) => (current.some((n) => n.kind === 'success') ? current.filter((n) => n.kind !== 'success') : current));
  }, []);

  // Stable callbacks: queries list reportError as an effect dependency.
  const notifySuccess = useCallback((message: string) => push('success', message), [push]);
  const reportError = useCallback((error: unknown) => push('error', toApiError(error).message), [push]);

  const value = useMemo<NoticeApi>(
    () => ({ notices, dismiss, clearSuccess, notifySuccess, reportError }),
    [notices, dismiss, clearSuccess, notifySuccess, reportError],
  );

  return <NoticeContext value={value}>{children}</NoticeContext>;
}

export function useNotices(): NoticeApi {
  const value = use(NoticeContext);
  if (!value) throw new Error('useNotices must be used inside <NoticeProvider>');
  return value;
}
