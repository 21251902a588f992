import type { AppContext } from '../context';
import { collegeItems, dataAsOf } from './context-data';
import { checkPeriod } from './period';
import { periodText, writeCover } from './xlsx/cover';
import { sheetRef, writeDataSheet, type SheetRef } from './xlsx/data-sheet';
import { writeSummarySheet, type SummaryColumn } from './xlsx/summary-sheet';
import { writeWorkbookAtomically } from './write-file';
import { publicColumns, referralAnswer, referralColumns, trajectColumns } from './vlaio-columns';
import { referralRows, trajectRows, type ReferralRow, type TrajectRow } from './vlaio-data';
import { dayOf, daysFrom } from './period';
import type { ReportOptions, ReportOutcome } from './vlaio-report';

type Unit = { id: number; name: string; college: string; referrals: ReferralRow[]; trajects: TrajectRow[] };

const responseDays = (r: ReferralRow) => (r.respondedAt ? daysFrom(dayOf(r.sentAt) ?? '', dayOf(r.respondedAt) ?? '') : null);
function average(values: (number | null)[]): number | string {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? '' : present.reduce((a, b) => a + b, 0) / present.length;
}
const count = (rows: ReferralRow[], answer: string) => rows.filter((r) => referralAnswer(r.status) === answer).length;

/** The referral figures of one unit (hogeschool or group), matched on its id in column A. */
function referralFigures(ref: SheetRef, idKey: 'collegeId' | 'groupId', first: number): SummaryColumn<Unit>[] {
  const col = (n: number) => String.fromCharCode(65 + first + n);
  return [
    {
      header: 'Verstuurd',
      width: 12,
      kind: 'int',
      cell: (u, row) => ({ formula: `COUNTIF(${ref.range(idKey)},$A${row})`, result: u.referrals.length }),
    },
    {
      header: 'Aanvaard',
      width: 12,
      kind: 'int',
      cell: (u, row) => ({
        formula: `COUNTIFS(${ref.range(idKey)},$A${row},${ref.range('answer')},"aanvaard")`,
        result: count(u.referrals, 'aanvaard'),
      }),
    },
    {
      header: 'Geweigerd',
      width: 12,
      kind: 'int',
      cell: (u, row) => ({
        formula: `COUNTIFS(${ref.range(idKey)},$A${row},${ref.range('answer')},"geweigerd")`,
        result: count(u.referrals, 'geweigerd'),
      }),
    },
    {
      header: 'Zonder antwoord',
      width: 16,
      kind: 'int',
      cell: (u, row) => ({
        formula: `${col(0)}${row}-${col(1)}${row}-${col(2)}${row}`,
        result: u.referrals.length - count(u.referrals, 'aanvaard') - count(u.referrals, 'geweigerd'),
      }),
    },
    {
      header: 'Aanvaardingsgraad',
      width: 18,
      kind: 'percent',
      cell: (u, row) => {
        const yes = count(u.referrals, 'aanvaard');
        const no = count(u.referrals, 'geweigerd');
        return {
          formula: `IF(${col(1)}${row}+${col(2)}${row}=0,"",${col(1)}${row}/(${col(1)}${row}+${col(2)}${row}))`,
          result: yes + no === 0 ? '' : yes / (yes + no),
        };
      },
    },
    {
      header: 'Gem. antwoordtijd (dagen)',
      width: 24,
      kind: 'number',
      cell: (u, row) => ({
        formula: `IFERROR(AVERAGEIFS(${ref.range('responseDays')},${ref.range(idKey)},$A${row}),"")`,
        result: average(u.referrals.map(responseDays)),
      }),
    },
  ];
}

/** Netwerkrapport: per hogeschool and per expertise group, the referrals and the trajects. */
export async function writeNetworkReport(ctx: AppContext, options: ReportOptions, target: string): Promise<ReportOutcome> {
  checkPeriod(options);
  const db = ctx.db();
  const referrals = [...referralRows(db, options)].flat();
  const trajects = trajectRows(db, options);
  const rColumns = publicColumns(referralColumns, options.pseudonymised);
  const tColumns = publicColumns(trajectColumns, options.pseudonymised);
  const rRef = sheetRef('Doorverwijzingen', rColumns, referrals.length);
  const tRef = sheetRef('Trajecten', tColumns, trajects.length);
  const colleges: Unit[] = collegeItems(db).map((c) => ({
    id: c.id ?? 0,
    name: c.name,
    college: c.name,
    referrals: referrals.filter((r) => r.collegeId === c.id),
    trajects: trajects.filter((t) => `;${t.collegeIds ?? ''};`.includes(`;${c.id};`)),
  }));
  const groups = new Map<number, Unit>();
  for (const r of referrals) {
    if (r.groupId === null) continue;
    const unit = groups.get(r.groupId) ?? {
      id: r.groupId,
      name: r.groupName ?? '',
      college: r.college ?? '',
      referrals: [],
      trajects: [],
    };
    unit.referrals.push(r);
    groups.set(r.groupId, unit);
  }
  const accepted = referrals.filter((r) => referralAnswer(r.status) === 'aanvaard').length;
  const declined = referrals.filter((r) => referralAnswer(r.status) === 'geweigerd').length;
  const figures = {
    referralsSent: referrals.length,
    referralsAccepted: accepted,
    referralsDeclined: declined,
    trajectsStarted: trajects.length,
  };
  const empty = referrals.length + trajects.length === 0;

  await writeWorkbookAtomically(target, async (workbook) => {
    workbook.created = ctx.now();
    writeCover(workbook, {
      title: 'Netwerkrapport Blikopener',
      subtitle: 'Doorverwijzingen en trajecten per hogeschool en per expertisegroep.',
      period: options,
      generatedAt: ctx.now(),
      dataAsOf: dataAsOf(db),
      actor: ctx.actor,
      pseudonymised: options.pseudonymised,
      empty,
      contents: [
        ['Per hogeschool', 'Doorverwijzingen (formules over Doorverwijzingen) en gestarte trajecten'],
        ['Per expertisegroep', 'Doorverwijzingen per expertisegroep die er in de periode een kreeg'],
        ['Doorverwijzingen', 'Doorverwijzingen verstuurd in de periode'],
        ['Trajecten', 'Trajecten gestart in de periode'],
      ],
    });
    writeSummarySheet(
      workbook,
      'Per hogeschool',
      'Per hogeschool',
      periodText(options),
      [
        { header: 'ID', width: 6, kind: 'int', cell: (u) => u.id },
        { header: 'Hogeschool', width: 22, kind: 'text', cell: (u) => u.name },
        ...referralFigures(rRef, 'collegeId', 2),
        {
          header: 'Trajecten gestart',
          width: 18,
          kind: 'int',
          cell: (u, row) => ({
            formula: `SUMPRODUCT(ISNUMBER(FIND(";"&$A${row}&";",";"&${tRef.range('collegeIds')}&";"))*1)`,
            result: u.trajects.length,
          }),
        },
        {
          header: 'Studenten',
          width: 12,
          kind: 'int',
          cell: (u, row) => ({
            formula: `SUMPRODUCT(ISNUMBER(FIND(";"&$A${row}&";",";"&${tRef.range('collegeIds')}&";"))*${tRef.range('students')})`,
            result: u.trajects.reduce((s, t) => s + t.students, 0),
          }),
        },
      ],
      colleges,
    );
    writeSummarySheet(
      workbook,
      'Per expertisegroep',
      'Per expertisegroep',
      periodText(options),
      [
        { header: 'ID', width: 6, kind: 'int', cell: (u) => u.id },
        { header: 'Expertisegroep', width: 40, kind: 'text', cell: (u) => u.name },
        { header: 'Hogeschool', width: 16, kind: 'text', cell: (u) => u.college },
        ...referralFigures(rRef, 'groupId', 3),
      ],
      [...groups.values()].sort(
        (a, b) => a.college.localeCompare(b.college, 'nl') || a.name.localeCompare(b.name, 'nl') || a.id - b.id,
      ),
    );
    await writeDataSheet(workbook, 'Doorverwijzingen', rColumns, [referrals]);
    await writeDataSheet(workbook, 'Trajecten', tColumns, [trajects]);
  });
  return { figures, empty };
}
