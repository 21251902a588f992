import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type ChartDatum = { label: string; value: number };

type Props = {
  title: string;
  data: ChartDatum[];
  /** Bars along the categories (months) or across them (kinds with long names). */
  orientation?: 'columns' | 'rows';
  testId: string;
  /** Shown instead of empty axes when every bar is zero. */
  emptyText: string;
};

// The accent of the stylesheet (styles/base.css): SVG fill attributes are not reliably resolved from CSS variables.
const BAR_COLOUR = '#0f6b86';
const GRID_COLOUR = '#dde2e8';
const TICK = { fill: '#5f6b7a', fontSize: 12 };

/**
 * One bar chart with its figures as a table next to it: the chart is an image with a text
 * description for screen readers, and the table ("Als tabel") is there for everyone.
 */
export function ChartBars({ title, data, orientation = 'columns', testId, emptyText }: Props) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language.startsWith('en') ? 'en-GB' : 'nl-BE');
  const description = `${title}: ${data.map((d) => `${d.label} ${number.format(d.value)}`).join(', ')}`;
  const rows = orientation === 'rows';
  const height = rows ? Math.max(140, data.length * 34 + 40) : 220;
  return (
    <figure className="chart-card" data-testid={testId}>
      <figcaption className="chart-title">{title}</figcaption>
      {data.every((d) => d.value === 0) ? (
        <p className="chart-empty">{emptyText}</p>
      ) : (
        <div className="chart-area" role="img" aria-label={description}>
          <ResponsiveContainer width="100%" height={height}>
            <BarChart data={data} layout={rows ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
              <CartesianGrid stroke={GRID_COLOUR} vertical={rows} horizontal={!rows} />
              {rows ? (
                <>
                  <XAxis type="number" allowDecimals={false} tick={TICK} stroke={GRID_COLOUR} />
                  <YAxis type="category" dataKey="label" width={170} tick={TICK} stroke={GRID_COLOUR} />
                </>
              ) : (
                <>
                  <XAxis
                    dataKey="label"
                    interval={data.length > 6 ? 1 : 0}
                    tick={{ ...TICK, fontSize: 11 }}
                    stroke={GRID_COLOUR}
                  />
                  <YAxis allowDecimals={false} width={40} tick={TICK} stroke={GRID_COLOUR} />
                </>
              )}
              <Tooltip
                cursor={{ fill: '#e2f0f4' }}
                formatter={(value) => [number.format(Number(value)), t('tableExport.kpi.count')]}
              />
              <Bar
                dataKey="value"
                fill={BAR_COLOUR}
                radius={rows ? [0, 3, 3, 0] : [3, 3, 0, 0]}
                maxBarSize={rows ? 22 : 44}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <details className="chart-table">
        <summary>{t('tableExport.kpi.tableAlternative')}</summary>
        <table className="simple-table chart-figures">
          <thead>
            <tr>
              <th scope="col">{t('tableExport.kpi.category')}</th>
              <th scope="col" className="align-end">
                {t('tableExport.kpi.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                <td className="align-end">{number.format(d.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
