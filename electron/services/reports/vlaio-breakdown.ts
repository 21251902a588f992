import type ExcelJS from 'exceljs';
import { numberFormats } from './xlsx/data-sheet';
import type { VlaioRefs } from './vlaio-kpi-sheet';
import type { IntakeRow, MeetingRow, NeedRow, OrganisationRow, ReferralRow, TrajectRow } from './vlaio-data';
import { referralAnswer } from './vlaio-columns';

export type VlaioRows = {
  organisations: OrganisationRow[];
  needs: NeedRow[];
  intakes: IntakeRow[];
  referrals: ReferralRow[];
  trajects: TrajectRow[];
  meetings: MeetingRow[];
};

/** One figure per item: the formula (the item's name in $A, its id in $B) and the same count in code. */
type Measure = {
  header: string;
  formula: (refs: VlaioRefs, row: number) => string;
  value: (rows: VlaioRows, item: Item) => number;
};
export type Item = { name: string; id?: number };
type Section = { title: string; items: Item[]; measures: Measure[] };

const inList = (cell: string | null, item: string) => `;${cell ?? ''};`.includes(`;${item};`);
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
        value: (d, i) => d.needs.filter((n) => inList(n.themes, i.name)).length,
      },
      {
        header: 'Intakes gehouden',
        formula: (r, row) => `SUMPRODUCT(${findIn(r.intakes.range('themes'), row)}*(${r.intakes.range('held')}="ja"))`,
        value: (d, i) => d.intakes.filter((n) => n.held && inList(n.themes, i.name)).length,
      },
      {
        header: 'Doorverwijzingen',
        formula: (r, row) => listCount(r.referrals.range('themes'), row),
        value: (d, i) => d.referrals.filter((n) => inList(n.themes, i.name)).length,
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
        value: (d, i) => d.organisations.filter((o) => same(o.province, i.name)).length,
      },
      {
        header: 'Hulpvragen',
        formula: (r, row) => equalCount(r.needs.range('province'), row),
        value: (d, i) => d.needs.filter((o) => same(o.province, i.name)).length,
      },
      {
        header: 'Intakes gehouden',
        formula: (r, row) => `SUMPRODUCT((${r.intakes.range('province')}=$A${row})*(${r.intakes.range('held')}="ja"))`,
        value: (d, i) => d.intakes.filter((o) => o.held && same(o.province, i.name)).length,
      },
      {
        header: 'Doorverwijzingen',
        formula: (r, row) => equalCount(r.referrals.range('province'), row),
        value: (d, i) => d.referrals.filter((o) => same(o.province, i.name)).length,
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
        value: (d, i) => d.organisations.filter((o) => inList(o.federations, i.name)).length,
      },
      {
        header: 'Hulpvragen',
        formula: (r, row) => listCount(r.needs.range('federations'), row),
        value: (d, i) => d.needs.filter((o) => inList(o.federations, i.name)).length,
      },
    ],
  };
}

export function sectorSection(items: Item[]): Section {
  return {
    title: 'Per sector',
    items,
    measures: [
      {
        header: 'Organisaties bereikt',
        formula: (r, row) => equalCount(r.organisations.range('sector'), row),
        value: (d, i) => d.organisations.filter((o) => same(o.sector, i.name)).length,
      },
      {
        header: 'Hulpvragen',
        formula: (r, row) => equalCount(r.needs.range('sector'), row),
        value: (d, i) => d.needs.filter((o) => same(o.sector, i.name)).length,
      },
    ],
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
        value: (d, i) => d.referrals.filter((o) => o.collegeId === i.id).length,
      },
      {
        header: 'Aanvaard',
        formula: (r, row) => `COUNTIFS(${r.referrals.range('collegeId')},$B${row},${r.referrals.range('answer')},"aanvaard")`,
        value: (d, i) => d.referrals.filter((o) => o.collegeId === i.id && referralAnswer(o.status) === 'aanvaard').length,
      },
      {
        header: 'Trajecten gestart',
        formula: (r, row) => listCount(r.trajects.range('collegeIds'), row, 'B'),
        value: (d, i) => d.trajects.filter((o) => inList(o.collegeIds, String(i.id))).length,
      },
      {
        header: 'Gesprekken gehouden',
        formula: (r, row) => `COUNTIFS(${r.meetings.range('collegeId')},$B${row},${r.meetings.range('status')},"gehouden")`,
        value: (d, i) => d.meetings.filter((o) => o.collegeId === i.id && o.status === 'gehouden').length,
      },
    ],
  };
}

/** Uitsplitsing: one block per dimension; every count a formula over the data sheets, with its result. */
export function writeBreakdownSheet(sheet: ExcelJS.Worksheet, refs: VlaioRefs, rows: VlaioRows, sections: Section[]): void {
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
    for (const item of section.items) {
      const at = rowNumber + 1;
      const line = add([
        item.name,
        item.id ?? null,
        ...section.measures.map((m) => ({ formula: m.formula(refs, at), result: m.value(rows, item) })),
      ]);
      for (let c = 3; c < 3 + section.measures.length; c += 1) line.getCell(c).numFmt = numberFormats.int ?? '#,##0';
      line.commit();
    }
  }
  sheet.commit();
}
