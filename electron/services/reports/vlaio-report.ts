import type { Kpis } from '../../api/contract/reports';
import type { AppContext } from '../context';
import { collegeItems, dataAsOf, federationItems, provinceItems, sectorItems, themeItems } from './context-data';
import { computeKpis } from './kpis';
import type { Period } from './period';
import { periodText, writeCover } from './xlsx/cover';
import { sheetRef, writeDataSheet, letterOf } from './xlsx/data-sheet';
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
import {
  collegeSection,
  federationSection,
  provinceSection,
  sectorSection,
  themeSection,
  writeBreakdownSheet,
  type VlaioRows,
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

/** The VLAIO activity report: cover, KPIs (formulas), breakdowns (formulas) and the data sheets they read. */
export async function writeVlaioReport(ctx: AppContext, options: ReportOptions, target: string): Promise<ReportOutcome> {
  const db = ctx.db();
  const kpis = computeKpis(ctx, options);
  const rows: VlaioRows & { events: ReturnType<typeof eventRows> } = {
    organisations: reachedOrganisations(db, options),
    needs: needRows(db, options),
    intakes: intakeRows(db, options),
    referrals: referralRows(db, options),
    trajects: trajectRows(db, options),
    events: eventRows(db, options),
    meetings: meetingRows(db, options),
  };
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
  const refs: VlaioRefs = {
    organisations: sheetRef(sheetNames.organisations, columns.organisations, rows.organisations.length),
    needs: sheetRef(sheetNames.needs, columns.needs, rows.needs.length),
    intakes: sheetRef(sheetNames.intakes, columns.intakes, rows.intakes.length),
    referrals: sheetRef(sheetNames.referrals, columns.referrals, rows.referrals.length),
    trajects: sheetRef(sheetNames.trajects, columns.trajects, rows.trajects.length),
    events: sheetRef(sheetNames.events, columns.events, rows.events.length),
    meetings: sheetRef(sheetNames.meetings, columns.meetings, rows.meetings.length),
  };
  const empty = isEmptyPeriod(kpis);
  const sectors = sectorItems([...rows.organisations.map((o) => o.sector), ...rows.needs.map((n) => n.sector)]);
  const sections = [
    themeSection(themeItems(db)),
    provinceSection(provinceItems(db)),
    federationSection(federationItems(db)),
    sectorSection(sectors),
    collegeSection(collegeItems(db)),
  ];
  const asOf = dataAsOf(db);
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

  await writeWorkbookAtomically(target, (workbook) => {
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
    writeKpiSheet(
      workbook.addWorksheet('Kengetallen', {
        views: [{ state: 'frozen', ySplit: 4 }],
        pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
      }),
      refs,
      kpis,
      periodText(options),
    );
    writeBreakdownSheet(
      workbook.addWorksheet('Uitsplitsing', {
        pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
      }),
      refs,
      rows,
      sections,
    );
    writeDataSheet(workbook, sheetNames.organisations, columns.organisations, rows.organisations);
    writeDataSheet(workbook, sheetNames.needs, columns.needs, rows.needs, {
      conditional: cond('daysIntake', 'greaterThan', '60', 'FFFCE4D6', columns.needs),
    });
    writeDataSheet(workbook, sheetNames.intakes, columns.intakes, rows.intakes);
    writeDataSheet(workbook, sheetNames.referrals, columns.referrals, rows.referrals, {
      conditional: cond('answer', 'equal', '"geweigerd"', 'FFFCE4D6', columns.referrals),
    });
    writeDataSheet(workbook, sheetNames.trajects, columns.trajects, rows.trajects);
    writeDataSheet(workbook, sheetNames.events, columns.events, rows.events);
    writeDataSheet(workbook, sheetNames.meetings, columns.meetings, rows.meetings, {
      conditional: cond('rating', 'equal', '"samenwerking mogelijk"', 'FFE2F0D9', columns.meetings),
    });
  });
  return { figures: { ...kpis }, empty };
}
