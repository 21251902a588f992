import type { Kpis } from '../../api/contract/reports';
import type { AppContext } from '../context';
import { collegeItems, dataAsOf, federationItems, provinceItems, themeItems } from './context-data';
import { computeKpis } from './kpis';
import type { Period } from './period';
import { periodText, writeCover } from './xlsx/cover';
import { orderSheets, writeDataSheet, letterOf } from './xlsx/data-sheet';
import { writeWorkbookAtomically } from './write-file';
import {
  eventColumns,
  intakeColumns,
  meetingColumns,
  needColumns,
  organisationColumns,
  publicColumns,
  referralColumns,
  trajectColumns,
} from './vlaio-columns';
import { eventRows, intakeRows, meetingRows, needRows, reachedOrganisations, referralRows, trajectRows } from './vlaio-data';
import { writeKpiSheet, type VlaioRefs } from './vlaio-kpi-sheet';
import { vlaioLookups } from './vlaio-lookups';
import {
  breakdownTally,
  collegeSection,
  federationSection,
  provinceSection,
  sectorSection,
  themeSection,
  writeBreakdownSheet,
} from './vlaio-breakdown';

export type ReportOptions = Period & { pseudonymised: boolean; eventId?: number };
export type ReportOutcome = { figures: Record<string, number>; empty: boolean };

const sheetNames = {
  organisations: 'Organisaties',
  needs: 'Hulpvragen',
  intakes: 'Intakes',
  referrals: 'Doorverwijzingen',
  trajects: 'Trajecten',
  events: 'Evenementen',
  meetings: 'Gesprekken',
} as const;

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
 * The VLAIO activity report: cover, KPIs (formulas), breakdowns (formulas) and the data sheets they
 * read. The data sheets stream chunk by chunk from SQLite into the zip, and the breakdown counts
 * are tallied in the same pass; the KPI and breakdown sheets keep their place in the tab order but
 * are written last, once the row counts their formulas refer to are known (orderSheets).
 */
export async function writeVlaioReport(ctx: AppContext, options: ReportOptions, target: string): Promise<ReportOutcome> {
  const db = ctx.db();
  const kpis = computeKpis(ctx, options);
  const p = options.pseudonymised;
  const columns = {
    organisations: publicColumns(organisationColumns, p),
    needs: publicColumns(needColumns, p),
    intakes: publicColumns(intakeColumns, p),
    referrals: publicColumns(referralColumns, p),
    trajects: publicColumns(trajectColumns, p),
    events: publicColumns(eventColumns, p),
    meetings: publicColumns(meetingColumns, p),
  };
  const empty = isEmptyPeriod(kpis);
  const tally = breakdownTally([
    themeSection(themeItems(db)),
    provinceSection(provinceItems(db)),
    federationSection(federationItems(db)),
    collegeSection(collegeItems(db)),
  ]);
  const asOf = dataAsOf(db);
  const lookups = vlaioLookups(db, options);
  const cond =
    (key: string, rule: 'greaterThan' | 'equal', value: string, color: string, cols: readonly { key: string }[]) =>
    (_ref: unknown, lastRow: number) => {
      const letter = letterOf(cols as { key: string; header: string; kind: 'text'; value: () => null }[], key);
      return [
        {
          ref: `${letter}2:${letter}${lastRow}`,
          rules: [
            {
              type: 'cellIs' as const,
              operator: rule,
              formulae: [value],
              priority: 1,
              style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: color } } },
            },
          ],
        },
      ];
    };

  await writeWorkbookAtomically(target, async (workbook) => {
    workbook.created = ctx.now();
    writeCover(workbook, {
      title: 'Activiteitenrapport Blikopener',
      subtitle: 'Voor VLAIO: bereik, matchmaking, intakes, doorverwijzingen, trajecten en doorlooptijden.',
      period: options,
      generatedAt: ctx.now(),
      dataAsOf: asOf,
      actor: ctx.actor,
      pseudonymised: p,
      empty,
      contents: [
        ['Kengetallen', 'Alle kengetallen, elk een formule over de gegevensbladen'],
        ['Uitsplitsing', 'Per thema, provincie, federatie, sector en hogeschool'],
        [sheetNames.organisations, 'Bereikte organisaties'],
        [sheetNames.needs, 'Hulpvragen geregistreerd in de periode, met doorlooptijden'],
        [sheetNames.intakes, 'Intakes in de periode'],
        [sheetNames.referrals, 'Doorverwijzingen verstuurd in de periode'],
        [sheetNames.trajects, 'Trajecten gestart in de periode'],
        [sheetNames.events, 'Matchmakingevenementen in de periode'],
        [sheetNames.meetings, 'Gesprekken op die evenementen'],
      ],
    });
    const refs: Partial<VlaioRefs> = {};
    refs.organisations = await writeDataSheet(
      workbook,
      sheetNames.organisations,
      columns.organisations,
      [reachedOrganisations(db, options, lookups.federations)],
      {
        onRow: (row) => tally.observe('organisations', row),
      },
    );
    refs.needs = await writeDataSheet(workbook, sheetNames.needs, columns.needs, needRows(db, options, lookups), {
      conditional: cond('daysIntake', 'greaterThan', '60', 'FFFCE4D6', columns.needs),
      onRow: (row) => tally.observe('needs', row),
    });
    refs.intakes = await writeDataSheet(workbook, sheetNames.intakes, columns.intakes, intakeRows(db, options, lookups), {
      onRow: (row) => tally.observe('intakes', row),
    });
    refs.referrals = await writeDataSheet(workbook, sheetNames.referrals, columns.referrals, referralRows(db, options, lookups), {
      conditional: cond('answer', 'equal', '"geweigerd"', 'FFFCE4D6', columns.referrals),
      onRow: (row) => tally.observe('referrals', row),
    });
    refs.trajects = await writeDataSheet(workbook, sheetNames.trajects, columns.trajects, [trajectRows(db, options)], {
      onRow: (row) => tally.observe('trajects', row),
    });
    refs.events = await writeDataSheet(workbook, sheetNames.events, columns.events, [eventRows(db, options)]);
    refs.meetings = await writeDataSheet(workbook, sheetNames.meetings, columns.meetings, [meetingRows(db, options)], {
      conditional: cond('rating', 'equal', '"samenwerking mogelijk"', 'FFE2F0D9', columns.meetings),
      onRow: (row) => tally.observe('meetings', row),
    });
    const written = complete(refs);
    const kpiSheet = workbook.addWorksheet('Kengetallen', { views: [{ state: 'frozen', ySplit: 4 }], pageSetup: landscape });
    writeKpiSheet(kpiSheet, written, kpis, periodText(options));
    const [theme, province, federation, college] = tally.filled();
    const sections = [theme, province, federation, sectorSection(tally.sectors), college].filter((s) => s !== undefined);
    writeBreakdownSheet(workbook.addWorksheet('Uitsplitsing', { pageSetup: landscape }), written, sections);
    orderSheets(workbook, ['Voorblad', 'Kengetallen', 'Uitsplitsing', ...Object.values(sheetNames)]);
  });
  return { figures: { ...kpis }, empty };
}

function complete(refs: Partial<VlaioRefs>): VlaioRefs {
  const { organisations, needs, intakes, referrals, trajects, events, meetings } = refs;
  if (!organisations || !needs || !intakes || !referrals || !trajects || !events || !meetings)
    throw new Error('Niet alle gegevensbladen zijn geschreven');
  return { organisations, needs, intakes, referrals, trajects, events, meetings };
}
