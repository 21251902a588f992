import type ExcelJS from 'exceljs';
import { numberFormats } from './xlsx/data-sheet';
import type { VlaioRefs } from './vlaio-kpi-sheet';
import type { IntakeRow, MeetingRow, NeedRow, OrganisationRow, ReferralRow, TrajectRow } from './vlaio-data';
import { referralAnswer } from './vlaio-columns';

/** The data sheets a breakdown counts in, and their row types. */
export type VlaioRowTypes = {
  organisations: OrganisationRow;
  needs: NeedRow;
  intakes: IntakeRow;
  referrals: ReferralRow;
  trajects: TrajectRow;
  meetings: MeetingRow;
};
type SheetKey = keyof VlaioRowTypes;
type Test<K extends SheetKey> = { sheet: K; test: (row: VlaioRowTypes[K], item: Item) => boolean };
type AnyTest = { [K in SheetKey]: Test<K> }[SheetKey];
const on = <K extends SheetKey>(sheet: K, test: (row: VlaioRowTypes[K], item: Item) => boolean): AnyTest =>
  ({ sheet, test }) as AnyTest;

/**
 * One figure per item: the formula (the item's name in $A, its id in $B) and the rows it counts,
 * tallied in code while the data sheets stream (the cached result of the formula).
 */
type Measure = {
  header: string;
  formula: (refs: VlaioRefs, row: number) => string;
  count?: AnyTest;
};
export type Item = { name: string; id?: number };
type Section = { title: string; items: Item[]; measures: Measure[] };
/** A section with its counts: values[item][measure]. */
export type FilledSection = Section & { values: number[][] };

// The tally asks every item of a section about the same cell in turn (200k rows x 20 items):
// wrap the cell once per row and each item's needle once.
let lastCell: string | null = null;
let lastWrapped = ';;';
const needles = new Map<string, string>();
const inList = (cell: string | null, item: string) => {
  if (cell !== lastCell) {
    lastCell = cell;
    lastWrapped = `;${cell ?? ''};`;
  }
  let needle = needles.get(item);
  if (needle === undefined) {
    needle = `;${item};`;
    needles.set(item, needle);
  }
  return lastWrapped.includes(needle);
};
const same = (a: string | null, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();

// FIND is exact (case-sensitive, no wildcards): user text in a name can never act as a pattern.
const findIn = (range: string, row: number, column = 'A') => `ISNUMBER(FIND(";"&$${column}${row}&";",";"&${range}&";"))`;
const listCount = (range: string, row: number, column = 'A') => `SUMPRODUCT(${findIn(range, row, column)}*1)`;
const equalCount = (range: string, row: number) => `SUMPRODUCT((${range}=$A${row})*1)`;

export function themeSection(items: Item[]): Section {
  return {
    title: 'Per thema',
    items,
    measures: [
      {
        header: 'Hulpvragen',
        formula: (r, row) => listCount(r.needs.range('themes'), row),
        count: on('needs', (n, i) => inList(n.themes, i.name)),
      },
      {
        header: 'Intakes gehouden',
        formula: (r, row) => `SUMPRODUCT(${findIn(r.intakes.range('themes'), row)}*(${r.intakes.range('held')}="ja"))`,
        count: on('intakes', (n, i) => Boolean(n.held) && inList(n.themes, i.name)),
      },
      {
        header: 'Doorverwijzingen',
        formula: (r, row) => listCount(r.referrals.range('themes'), row),
        count: on('referrals', (n, i) => inList(n.themes, i.name)),
      },
    ],
  };
}

export function provinceSection(items: Item[]): Section {
  return {
    title: 'Per provincie',
    items,
    measures: [
      {
        header: 'Organisaties bereikt',
        formula: (r, row) => equalCount(r.organisations.range('province'), row),
        count: on('organisations', (o, i) => same(o.province, i.name)),
      },
      {
        header: 'Hulpvragen',
        formula: (r, row) => equalCount(r.needs.range('province'), row),
        count: on('needs', (o, i) => same(o.province, i.name)),
      },
      {
        header: 'Intakes gehouden',
        formula: (r, row) => `SUMPRODUCT((${r.intakes.range('province')}=$A${row})*(${r.intakes.range('held')}="ja"))`,
        count: on('intakes', (o, i) => Boolean(o.held) && same(o.province, i.name)),
      },
      {
        header: 'Doorverwijzingen',
        formula: (r, row) => equalCount(r.referrals.range('province'), row),
        count: on('referrals', (o, i) => same(o.province, i.name)),
      },
    ],
  };
}

export function federationSection(items: Item[]): Section {
  return {
    title: 'Per federatie',
    items,
    measures: [
      {
        header: 'Organisaties bereikt',
        formula: (r, row) => listCount(r.organisations.range('federations'), row),
        count: on('organisations', (o, i) => inList(o.federations, i.name)),
      },
      {
        header: 'Hulpvragen',
        formula: (r, row) => listCount(r.needs.range('federations'), row),
        count: on('needs', (o, i) => inList(o.federations, i.name)),
      },
    ],
  };
}

/** Sector counts per exact spelling, per sheet: the items are only known once the rows are seen. */
export type SectorCounts = { organisations: Map<string, number>; needs: Map<string, number> };

/** Sectors as they occur, the most frequent first (ties by name) so the block reads top-down. */
function sectorItems(counts: SectorCounts): Item[] {
  const all = new Map(counts.organisations);
  for (const [name, n] of counts.needs) all.set(name, (all.get(name) ?? 0) + n);
  return [...all.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl')).map(([name]) => ({ name }));
}

const sumSame = (counts: Map<string, number>, item: Item) =>
  [...counts.entries()].reduce((sum, [name, n]) => sum + (same(name, item.name) ? n : 0), 0);

export function sectorSection(counts: SectorCounts): FilledSection {
  const items = sectorItems(counts);
  return {
    title: 'Per sector',
    items,
    measures: [
      { header: 'Organisaties bereikt', formula: (r, row) => equalCount(r.organisations.range('sector'), row) },
      { header: 'Hulpvragen', formula: (r, row) => equalCount(r.needs.range('sector'), row) },
    ],
    values: items.map((item) => [sumSame(counts.organisations, item), sumSame(counts.needs, item)]),
  };
}

export function collegeSection(items: Item[]): Section {
  return {
    title: 'Per hogeschool',
    items,
    measures: [
      {
        header: 'Doorverwijzingen',
        formula: (r, row) => `COUNTIF(${r.referrals.range('collegeId')},$B${row})`,
        count: on('referrals', (o, i) => o.collegeId === i.id),
      },
      {
        header: 'Aanvaard',
        formula: (r, row) => `COUNTIFS(${r.referrals.range('collegeId')},$B${row},${r.referrals.range('answer')},"aanvaard")`,
        count: on('referrals', (o, i) => o.collegeId === i.id && referralAnswer(o.status) === 'aanvaard'),
      },
      {
        header: 'Trajecten gestart',
        formula: (r, row) => listCount(r.trajects.range('collegeIds'), row, 'B'),
        count: on('trajects', (o, i) => inList(o.collegeIds, String(i.id))),
      },
      {
        header: 'Gesprekken gehouden',
        formula: (r, row) => `COUNTIFS(${r.meetings.range('collegeId')},$B${row},${r.meetings.range('status')},"gehouden")`,
        count: on('meetings', (o, i) => o.collegeId === i.id && o.status === 'gehouden'),
      },
    ],
  };
}

/** Counts every section's measures over the rows of the data sheets as they are written. */
export function breakdownTally(sections: readonly Section[]) {
  const values = sections.map((section) => section.items.map(() => section.measures.map(() => 0)));
  const bySheet = new Map<SheetKey, { s: number; m: number; test: AnyTest['test'] }[]>();
  sections.forEach((section, s) =>
    section.measures.forEach((measure, m) => {
      if (!measure.count) return;
      const list = bySheet.get(measure.count.sheet) ?? [];
      list.push({ s, m, test: measure.count.test });
      bySheet.set(measure.count.sheet, list);
    }),
  );
  const sectors: SectorCounts = { organisations: new Map(), needs: new Map() };
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  return {
    observe: <K extends SheetKey>(sheet: K, row: VlaioRowTypes[K]): void => {
      for (const { s, m, test } of bySheet.get(sheet) ?? []) {
        const items = sections[s]?.items ?? [];
        const counts = values[s] ?? [];
        for (let i = 0; i < items.length; i += 1) {
          const item = items[i];
          const line = counts[i];
          if (item && line && (test as (r: VlaioRowTypes[K], it: Item) => boolean)(row, item)) line[m] = (line[m] ?? 0) + 1;
        }
      }
      if (sheet === 'organisations') count(sectors.organisations, (row as OrganisationRow).sector);
      if (sheet === 'needs') count(sectors.needs, (row as NeedRow).sector);
    },
    filled: (): FilledSection[] => sections.map((section, s) => ({ ...section, values: values[s] ?? [] })),
    sectors,
    /** The counts so far, to hand to another thread's tally over the same sections. */
    counts: (): TallyCounts => ({ values, sectors }),
    /** Adds the counts another tally (same sections, other sheets) made. */
    absorb(other: TallyCounts): void {
      other.values.forEach((section, s) =>
        section.forEach((line, i) =>
          line.forEach((n, m) => {
            const target = values[s]?.[i];
            if (target) target[m] = (target[m] ?? 0) + n;
          }),
        ),
      );
      for (const key of ['organisations', 'needs'] as const)
        for (const [name, n] of other.sectors[key]) sectors[key].set(name, (sectors[key].get(name) ?? 0) + n);
    },
  };
}

/** A tally's counts: values[section][item][measure], and the sector counts per sheet. */
export type TallyCounts = { values: number[][][]; sectors: SectorCounts };

/** Uitsplitsing: one block per dimension; every count a formula over the data sheets, with its result. */
export function writeBreakdownSheet(sheet: ExcelJS.Worksheet, refs: VlaioRefs, sections: readonly FilledSection[]): void {
  sheet.columns = [{ width: 40 }, { width: 8 }, { width: 20 }, { width: 20 }, { width: 20 }, { width: 22 }];
  let rowNumber = 0;
  const add = (values: ExcelJS.CellValue[]) => {
    rowNumber += 1;
    return sheet.addRow(values);
  };
  const title = add(['Uitsplitsing']);
  title.font = { bold: true, size: 14 };
  title.commit();
  for (const section of sections) {
    add([]).commit();
    const head = add([section.title, 'ID', ...section.measures.map((m) => m.header)]);
    head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F4F6F' } };
    head.commit();
    section.items.forEach((item, i) => {
      const at = rowNumber + 1;
      const line = add([
        item.name,
        item.id ?? null,
        ...section.measures.map((m, j) => ({ formula: m.formula(refs, at), result: section.values[i]?.[j] ?? 0 })),
      ]);
      for (let c = 3; c < 3 + section.measures.length; c += 1) line.getCell(c).numFmt = numberFormats.int ?? '#,##0';
      line.commit();
    });
  }
  sheet.commit();
}
