import type { ExportColumnType } from '../../api/contract/table-export';
import { formatEnterpriseNumber } from '../../api/contract/rules/enterprise-number';
import { formatPhone } from '../../api/contract/rules/phone';

/** A column as the writers see it: where the value is, its header, and how it is shown. */
export type ColumnSpec = { key: string; header: string; type: ExportColumnType; labels?: Record<string, string> | undefined };

/**
 * A cell before it is written: text, a number, or a calendar day (with a time for instants).
 * Days are kept as their parts so no writer can shift them through a time zone.
 */
export type CellValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'day'; year: number; month: number; day: number; hour?: number; minute?: number };

const brussels = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Brussels wall-clock parts of an ISO instant. */
function brusselsParts(iso: string): { year: number; month: number; day: number; hour: number; minute: number } | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const p: Record<string, number> = {};
  for (const part of brussels.formatToParts(date)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { year: p.year ?? 0, month: p.month ?? 0, day: p.day ?? 0, hour: p.hour ?? 0, minute: p.minute ?? 0 };
}

function calendarDay(text: string): CellValue | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  return { kind: 'day', year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * Reads `a.b.c` from a row; undefined when any step is missing. `lastName+firstName` joins
 * several properties with a space, for a cell that shows them together.
 */
export function valueAt(row: unknown, key: string): unknown {
  if (key.includes('+')) {
    const parts = key.split('+').map((part) => valueAt(row, part));
    if (parts.includes(undefined)) return undefined;
    return parts.map(asText).filter(Boolean).join(' ');
  }
  return key.split('.').reduce<unknown>(step, row);
}

// Through an array a step applies to each item (`themes.nameNl` lists every theme's name).
function step(current: unknown, name: string): unknown {
  if (Array.isArray(current)) return current.map((item) => step(item, name));
  if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, name)) return undefined;
  return (current as Record<string, unknown>)[name];
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(asText).join(', ');
  if (value && typeof value === 'object') {
    // Lookup objects in rows ({ id, name }) show their name, as the table does.
    const named = value as { name?: unknown; label?: unknown };
    if (typeof named.name === 'string') return named.name;
    if (typeof named.label === 'string') return named.label;
  }
  return '';
}

function text(value: string): CellValue {
  return value === '' ? { kind: 'empty' } : { kind: 'text', text: value };
}

/** One row value -> the cell the table would show, by the column's type and labels. */
export function cellValue(raw: unknown, column: ColumnSpec): CellValue {
  if (raw === null || raw === undefined || raw === '') return { kind: 'empty' };
  const label = column.labels?.[asText(raw)];
  if (label !== undefined) return text(label);
  switch (column.type) {
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(raw);
      return Number.isFinite(n) ? { kind: 'number', value: n } : text(asText(raw));
    }
    case 'date':
      return calendarDay(asText(raw)) ?? text(asText(raw));
    case 'instantDate':
    case 'instant': {
      const p = brusselsParts(asText(raw));
      if (!p) return text(asText(raw));
      const day = { kind: 'day' as const, year: p.year, month: p.month, day: p.day };
      return column.type === 'instant' ? { ...day, hour: p.hour, minute: p.minute } : day;
    }
    case 'boolean':
      return text(raw === true || raw === 1 ? 'Ja' : 'Nee');
    case 'enterpriseNumber':
      return text(formatEnterpriseNumber(asText(raw)));
    case 'phone':
      return text(formatPhone(asText(raw)));
    case 'list': {
      // Labels apply per item: theme ids become theme names.
      const items = (Array.isArray(raw) ? raw : [raw]).map(asText).map((item) => column.labels?.[item] ?? item);
      return text(items.filter(Boolean).join(', '));
    }
    case 'text':
      return typeof raw === 'number' ? { kind: 'number', value: raw } : text(asText(raw));
  }
}

const two = (n: number) => String(n).padStart(2, '0');

/** `dd/mm/yyyy` (and ` HH:mm`), the way the app shows dates. */
export function dayText(cell: Extract<CellValue, { kind: 'day' }>): string {
  const date = `${two(cell.day)}/${two(cell.month)}/${cell.year}`;
  return cell.hour === undefined ? date : `${date} ${two(cell.hour)}:${two(cell.minute ?? 0)}`;
}

/** Text a spreadsheet would run as a formula (or DDE) when opened; OWASP's list of first characters. */
export function isFormulaLike(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value);
}
