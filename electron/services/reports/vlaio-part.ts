import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../context';
import { baseKpis, leadCollector, type BaseKpis, type LeadDays } from './kpis';
import type { Period } from './period';
import {
  breakdownTally,
  collegeSection,
  federationSection,
  provinceSection,
  themeSection,
  type Item,
  type TallyCounts,
} from './vlaio-breakdown';
import type { VlaioLookups } from './vlaio-lookups';
import { lookupsOf, readLookup, sheetChunks, sheetColumns, type LookupKey, type SheetKey } from './vlaio-sheets';
import { columnLetter, fitWidths, rawKinds, type Column, type PreparedSheet } from './xlsx/data-sheet';
import { rowXmlBuilder } from './xlsx/raw-rows';

type Db = ReturnType<AppContext['db']>;

/** The items the breakdown sheet counts per (read once by the main thread, handed to the worker). */
export type SectionItems = { themes: Item[]; provinces: Item[]; federations: Item[]; colleges: Item[] };

export function breakdownSections(items: SectionItems) {
  return [
    themeSection(items.themes),
    provinceSection(items.provinces),
    federationSection(items.federations),
    collegeSection(items.colleges),
  ];
}

/**
 * What the report's worker thread does: the figures from SQL (all but the lead times) and some
 * data sheets, as sheet XML with their breakdown counts. `share`: lookups the main thread needs
 * too, read first and handed over as soon as each is ready.
 */
export type PartRequest = {
  period: Period;
  pseudonymised: boolean;
  sheets: SheetKey[];
  share: LookupKey[];
  /** The folder for the prepared sheets' XML (one file per sheet; the main thread removes it). */
  dir: string;
  /** Per sheet, the workbook's style id of each column (registered by the main thread). */
  styleIds: Partial<Record<SheetKey, number[]>>;
  items: SectionItems;
};

export type PartResult = {
  kpis: BaseKpis;
  sheets: Partial<Record<SheetKey, PreparedSheet>>;
  tally: TallyCounts;
  /** The lead times, when the needs sheet is one of the part's sheets. */
  lead: LeadDays | null;
};

export type ShareLookup = <K extends LookupKey>(key: K, value: VlaioLookups[K]) => void;

export function runVlaioPart(db: Db, request: PartRequest, share: ShareLookup): PartResult {
  const { period } = request;
  const lookups: Partial<VlaioLookups> = {};
  const need = (key: LookupKey) => {
    const value = lookups[key] ?? readLookup(db, period, key);
    (lookups as Record<LookupKey, unknown>)[key] = value;
    return value;
  };
  for (const key of request.share) share(key, need(key));
  const kpis = baseKpis(db, period);
  const tally = breakdownTally(breakdownSections(request.items));
  const observe = tally.observe as (sheet: SheetKey, row: object) => void;
  const sheets: Partial<Record<SheetKey, PreparedSheet>> = {};
  let lead: LeadDays | null = null;
  for (const key of request.sheets) {
    lookupsOf[key].forEach(need);
    const collector = key === 'needs' ? leadCollector() : null;
    const chunks = sheetChunks(db, period, key, lookups as VlaioLookups);
    const file = path.join(request.dir, `${key}.xml`);
    sheets[key] = prepareSheet(file, sheetColumns(key, request.pseudonymised), chunks, request.styleIds[key] ?? [], (row) => {
      observe(key, row);
      collector?.observe(row as Parameters<typeof collector.observe>[0]);
    });
    if (collector) lead = collector.days;
  }
  return { kpis, sheets, tally: tally.counts(), lead };
}

const widthSample = 1000;

/**
 * A data sheet's rows as UTF-8 sheet XML (what writeDataSheet streams) in a file: on disk, not in
 * memory, until the main thread's zip gets to the sheet. With its widths (first rows) and count.
 */
export function prepareSheet<R>(
  file: string,
  columns: readonly Column<R>[],
  chunks: Iterable<readonly R[]>,
  styleIds: readonly number[],
  onRow: (row: R) => void,
): PreparedSheet {
  const builder = rowXmlBuilder(
    rawKinds(columns),
    columns.map((_, i) => columnLetter(i)),
    styleIds,
  );
  const fd = fs.openSync(file, 'w');
  const sample: R[] = [];
  try {
    for (const chunk of chunks) {
      if (sample.length < widthSample) sample.push(...chunk.slice(0, widthSample - sample.length));
      builder.build(
        chunk.map((row) => columns.map((c) => c.value(row))),
        (xml) => fs.writeSync(fd, xml),
      );
      for (const row of chunk) onRow(row);
    }
  } finally {
    fs.closeSync(fd);
  }
  return { widths: fitWidths(columns, sample), count: builder.count, file };
}
