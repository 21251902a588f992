import { useEffect } from 'react';
import { Spinner } from '../../components/Spinner';

/** A visible busy label with a spinner; screen readers hear it as a status. */
export function BusyNote({ label }: { label: string }) {
  return (
    <span className="import-busy" role="status" data-testid="import-busy">
      <Spinner /> {label}
    </span>
  );
}

/** Tells the wizard what a step is waiting for (or null), so it can disable its navigation meanwhile. */
export function useReportBusy(onBusy: ((label: string | null) => void) | undefined, label: string | null): void {
  useEffect(() => {
    onBusy?.(label);
  }, [onBusy, label]);
  useEffect(() => () => onBusy?.(null), [onBusy]);
}
