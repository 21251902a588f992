import { useEffect, useState } from 'react';
import type { Kpis } from '../../../../electron/api/contract';
import { call } from '../../api';
import { useDataVersion } from '../../app/DataVersion';
import type { KpiPeriod } from './KpiPeriod';

/**
 * The KPI figures of each month, from the same `reports.kpis` the report uses, so a month's bar
 * is exactly what a report over that month would say. Null until all months are in.
 */
export function useMonthlyKpis(months: KpiPeriod[]): Kpis[] | null {
  const { version } = useDataVersion();
  const key = JSON.stringify(months);
  const [state, setState] = useState<{ key: string; data: Kpis[] } | null>(null);
  useEffect(() => {
    let cancelled = false;
    const periods = JSON.parse(key) as KpiPeriod[];
    Promise.all(periods.map((period) => call('reports.kpis', period))).then(
      (results) => {
        if (!cancelled) setState({ key: `${key}|${version}`, data: results.map((r) => r.kpis) });
      },
      // The totals above report the same failure; the chart just stays empty.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [key, version]);
  return state && state.key === `${key}|${version}` ? state.data : null;
}
