import fs from 'node:fs';
import { makeTempDir } from '../files/temp-dirs';
import type ExcelJS from 'exceljs';
import type { Kpis } from '../../api/contract/reports';
import type { AppContext } from '../context';
import { collegeItems, dataAsOf, federationItems, provinceItems, themeItems } from './context-data';
import { leadKpis } from './kpis';
import type { Period } from './period';
import { openReadSnapshot, type ReadSnapshot } from './read-snapshot';
import { periodText, writeCover } from './xlsx/cover';
import { columnStyle, orderSheets, letterOf, writeDataSheet, writePreparedSheet, type DataSheetOptions } from './xlsx/data-sheet';
import { workbookStyleId } from './xlsx/raw-rows';
import { writeWorkbookAtomically } from './write-file';
import { writeKpiSheet, type VlaioRefs } from './vlaio-kpi-sheet';
import type { VlaioLookups } from './vlaio-lookups';
import { breakdownTally, sectorSection, writeBreakdownSheet } from './vlaio-breakdown';
import { breakdownSections, type PartRequest, type PartResult, type SectionItems } from './vlaio-part';
import { startVlaioPart, type PartOptions, type PartRun } from './vlaio-parallel';
import { sheetChunks, sheetColumns, sheetKeys, sheetNames, type SheetKey } from './vlaio-sheets';

export type ReportOptions = Period & { pseudonymised: boolean; eventId?: number };
export type ReportOutcome = { figures: Record<string, number>; empty: boolean };

export function isEmptyPeriod(kpis: Kpis): boolean {
  return (
    kpis.organisationsReached +
      kpis.needsRegistered +
      kpis.intakesHeld +
      kpis.referralsSent +
      kpis.trajectsStarted +
      kpis.eventsHeld +
      kpis.meetingsHeld ===
    0
  );
}

const landscape = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } as const;

/**
 * Who builds what, so that both threads finish at about the same time (measured at 100k
 * organisations). The worker: the lookups (each handed over as soon as it is read, in the order
 * the main thread needs them), the figures, and the needs sheet, the biggest (into a temp file),
 * with the lead times from its rows. The main thread: the sheets that need no lookup first (while
 * the worker reads), then organisations, intakes and referrals, then the prepared needs sheet
 * and the summaries.
 */
const workerSheets: SheetKey[] = ['needs'];
const mainSheets = ['trajects', 'events', 'meetings', 'organisations', 'intakes', 'referrals'] as const;
const shared = ['federations', 'themes', 'organisations'] as const;

const contents: [string, string][] = [
  ['Kengetallen', 'Alle kengetallen, elk een formule over de gegevensbladen'],
  ['Uitsplitsing', 'Per thema, provincie, federatie, sector en hogeschool'],
  [sheetNames.organisations, 'Bereikte organisaties'],
  [sheetNames.needs, 'Hulpvragen geregistreerd in de periode, met doorlooptijden'],
  [sheetNames.intakes, 'Intakes in de periode'],
  [sheetNames.referrals, 'Doorverwijzingen verstuurd in de periode'],
  [sheetNames.trajects, 'Trajecten gestart in de periode'],
  [sheetNames.events, 'Matchmakingevenementen in de periode'],
  [sheetNames.meetings, 'Gesprekken op die evenementen'],
];

type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;
type Conditional = NonNullable<DataSheetOptions<object>['conditional']>;
const highlight =
  (key: string, operator: 'greaterThan' | 'equal', value: string, color: string, sheet: SheetKey, p: boolean): Conditional =>
  (_ref, lastRow) => {
    const letter = letterOf(sheetColumns(sheet, p), key);
    const style = { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: color } } };
    return [
      { ref: `${letter}2:${letter}${lastRow}`, rules: [{ type: 'cellIs', operator, formulae: [value], priority: 1, style }] },
    ];
  };

type Job = {
  db: ReadSnapshot['db'];
  options: ReportOptions;
  tally: ReturnType<typeof breakdownTally>;
  conditional: Partial<Record<SheetKey, Conditional>>;
};

/**
 * The data sheets: this thread's own first (streamed chunk by chunk from SQLite into the zip, each
 * as soon as the worker has handed over the lookups it needs), then the worker's, from its files.
 */
async function writeDataSheets(workbook: Workbook, job: Job, run: PartRun): Promise<{ refs: VlaioRefs; part: PartResult }> {
  const { db, options, tally, conditional } = job;
  const p = options.pseudonymised;
  const lookups: Partial<VlaioLookups> = {};
  const refs: Partial<VlaioRefs> = {};
  const observe = tally.observe as (sheet: SheetKey, row: object) => void;
  for (const key of mainSheets) {
    if (key === 'organisations') lookups.federations = await run.lookup('federations');
    if (key === 'intakes') {
      lookups.themes = await run.lookup('themes');
      lookups.organisations = await run.lookup('organisations');
    }
    const chunks = sheetChunks(db, options, key, lookups as VlaioLookups);
    refs[key] = await writeDataSheet(workbook, sheetNames[key], sheetColumns(key, p), chunks, {
      conditional: conditional[key],
      onRow: (row) => observe(key, row),
    });
  }
  const part = await run.result;
  for (const key of workerSheets) {
    const prepared = part.sheets[key];
    if (!prepared) throw new Error(`Het gegevensblad ${sheetNames[key]} ontbreekt`);
    refs[key] = await writePreparedSheet(workbook, sheetNames[key], sheetColumns(key, p), prepared, {
      conditional: conditional[key],
    });
  }
  tally.absorb(part.tally);
  return { refs: complete(refs), part };
}

/**
 * The VLAIO activity report: cover, KPIs (formulas), breakdowns (formulas) and the data sheets they
 * read, all from one snapshot of the database (read-snapshot.ts). A worker thread builds the
 * figures and the needs sheet (vlaio-parallel.ts) while this thread streams the other sheets into
 * the zip; the breakdown counts are tallied in the same pass on both sides. The cover, KPI and
 * breakdown sheets are written last, once the figures and the row counts their formulas refer to
 * are known, and moved to the front (orderSheets).
 */
export async function writeVlaioReport(
  ctx: AppContext,
  options: ReportOptions,
  target: string,
  parallel: PartOptions = {},
): Promise<ReportOutcome> {
  const p = options.pseudonymised;
  const snapshot = openReadSnapshot(ctx.paths.databaseFile, ctx.nativeBinding);
  const dir = makeTempDir('vlaio');
  try {
    const { db } = snapshot;
    const items: SectionItems = {
      themes: themeItems(db),
      provinces: provinceItems(db),
      federations: federationItems(db),
      colleges: collegeItems(db),
    };
    const job: Job = {
      db,
      options,
      tally: breakdownTally(breakdownSections(items)),
      conditional: {
        needs: highlight('daysIntake', 'greaterThan', '60', 'FFFCE4D6', 'needs', p),
        referrals: highlight('answer', 'equal', '"geweigerd"', 'FFFCE4D6', 'referrals', p),
        meetings: highlight('rating', 'equal', '"samenwerking mogelijk"', 'FFE2F0D9', 'meetings', p),
      },
    };
    const asOf = dataAsOf(db);
    const result: { kpis?: Kpis } = {};
    await writeWorkbookAtomically(target, async (workbook) => {
      workbook.created = ctx.now();
      // The worker writes cells with the workbook's style ids: registered here, before it starts.
      const styleIds = Object.fromEntries(
        workerSheets.map((key) => [key, sheetColumns(key, p).map((c) => workbookStyleId(workbook, columnStyle(c.kind)))]),
      );
      const request: PartRequest = {
        period: options,
        pseudonymised: p,
        sheets: workerSheets,
        share: [...shared],
        dir,
        styleIds,
        items,
      };
      const run = startVlaioPart(ctx, snapshot, request, parallel);
      let written: Awaited<ReturnType<typeof writeDataSheets>>;
      try {
        written = await writeDataSheets(workbook, job, run);
      } finally {
        run.cancel();
      }
      const { refs, part } = written;
      if (!part.lead) throw new Error('De doorlooptijden zijn niet berekend');
      const kpis: Kpis = { ...part.kpis, ...leadKpis(part.lead) };
      result.kpis = kpis;
      const kpiSheet = workbook.addWorksheet('Kengetallen', { views: [{ state: 'frozen', ySplit: 4 }], pageSetup: landscape });
      writeKpiSheet(kpiSheet, refs, kpis, periodText(options));
      const [theme, province, federation, college] = job.tally.filled();
      const sections = [theme, province, federation, sectorSection(job.tally.sectors), college].filter((s) => s !== undefined);
      writeBreakdownSheet(workbook.addWorksheet('Uitsplitsing', { pageSetup: landscape }), refs, sections);
      writeCover(workbook, {
        title: 'Activiteitenrapport Blikopener',
        subtitle: 'Voor VLAIO: bereik, matchmaking, intakes, doorverwijzingen, trajecten en doorlooptijden.',
        period: options,
        generatedAt: ctx.now(),
        dataAsOf: asOf,
        actor: ctx.actor,
        pseudonymised: p,
        empty: isEmptyPeriod(kpis),
        contents,
      });
      orderSheets(workbook, ['Voorblad', 'Kengetallen', 'Uitsplitsing', ...sheetKeys.map((key) => sheetNames[key])]);
    });
    if (!result.kpis) throw new Error('De kengetallen zijn niet berekend');
    return { figures: { ...result.kpis }, empty: isEmptyPeriod(result.kpis) };
  } finally {
    snapshot.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function complete(refs: Partial<VlaioRefs>): VlaioRefs {
  const { organisations, needs, intakes, referrals, trajects, events, meetings } = refs;
  if (!organisations || !needs || !intakes || !referrals || !trajects || !events || !meetings)
    throw new Error('Niet alle gegevensbladen zijn geschreven');
  return { organisations, needs, intakes, referrals, trajects, events, meetings };
}
