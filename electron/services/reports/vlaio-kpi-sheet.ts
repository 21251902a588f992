import type ExcelJS from 'exceljs';
import type { KpiKey, Kpis } from '../../api/contract/reports';
import { numberFormats, type CellKind, type SheetRef } from './xlsx/data-sheet';

export type VlaioRefs = {
  organisations: SheetRef;
  needs: SheetRef;
  intakes: SheetRef;
  referrals: SheetRef;
  trajects: SheetRef;
  events: SheetRef;
  meetings: SheetRef;
};

type Definition = { key: KpiKey; label: string; kind: CellKind; formula: (r: VlaioRefs) => string; how: string };
type Section = { title: string; rows: Definition[] };

const countIf = (range: string, value: string) => `COUNTIF(${range},"${value}")`;
const guarded = (range: string, inner: string) => `IF(COUNT(${range})=0,0,${inner})`;

function spreadRows(prefix: 'leadIntake' | 'leadTraject' | 'leadTotal', column: string, what: string): Definition[] {
  const range = (r: VlaioRefs) => r.needs.range(column);
  return [
    {
      key: `${prefix}Count`,
      label: `${what}: aantal hulpvragen`,
      kind: 'int',
      formula: (r) => `COUNT(${range(r)})`,
      how: `Behoeften, kolom met de dagen ${what.toLowerCase()}`,
    },
    {
      key: `${prefix}DaysQ1`,
      label: `${what}: eerste kwartiel`,
      kind: 'number',
      formula: (r) => guarded(range(r), `QUARTILE(${range(r)},1)`),
      how: '0 als er geen zijn',
    },
    {
      key: `${prefix}DaysMedian`,
      label: `${what}: mediaan`,
      kind: 'number',
      formula: (r) => guarded(range(r), `MEDIAN(${range(r)})`),
      how: '0 als er geen zijn',
    },
    {
      key: `${prefix}DaysQ3`,
      label: `${what}: derde kwartiel`,
      kind: 'number',
      formula: (r) => guarded(range(r), `QUARTILE(${range(r)},3)`),
      how: '0 als er geen zijn',
    },
  ];
}

const answer = (r: VlaioRefs) => r.referrals.range('answer');

/** Every figure of DOMAIN.md "What the funder wants to see", as a formula over the data sheets. */
export const vlaioSections: Section[] = [
  {
    title: 'Bereik',
    rows: [
      {
        key: 'organisationsReached',
        label: 'Organisaties bereikt (uniek)',
        kind: 'int',
        formula: (r) =>
          `SUMPRODUCT((${r.organisations.range('needs')}+${r.organisations.range('intakes')}+${r.organisations.range('events')}>0)*1)`,
        how: 'Organisaties met een hulpvraag, een gehouden intake of een bijgewoond evenement in de periode',
      },
      {
        key: 'needsRegistered',
        label: 'Hulpvragen geregistreerd',
        kind: 'int',
        formula: (r) => `COUNT(${r.needs.range('id')})`,
        how: 'Behoeften geregistreerd in de periode',
      },
    ],
  },
  {
    title: 'Matchmaking',
    rows: [
      {
        key: 'eventsHeld',
        label: 'Matchmakingevenementen gehouden',
        kind: 'int',
        formula: (r) => countIf(r.events.range('status'), 'gehouden'),
        how: 'Evenementen in de periode met status gehouden',
      },
      {
        key: 'meetingsHeld',
        label: 'Gesprekken van 12 minuten gehouden',
        kind: 'int',
        formula: (r) => countIf(r.meetings.range('status'), 'gehouden'),
        how: 'Gesprekken met status gehouden',
      },
      {
        key: 'meetingsCollaborationPossible',
        label: 'Gesprekken met samenwerking mogelijk',
        kind: 'int',
        formula: (r) =>
          `COUNTIFS(${r.meetings.range('status')},"gehouden",${r.meetings.range('rating')},"samenwerking mogelijk")`,
        how: 'Gehouden gesprekken beoordeeld als samenwerking mogelijk',
      },
    ],
  },
  {
    title: 'Intakes en doorverwijzingen',
    rows: [
      {
        key: 'intakesHeld',
        label: 'Intakes gehouden',
        kind: 'int',
        formula: (r) => countIf(r.intakes.range('held'), 'ja'),
        how: 'Intakes in de periode die gehouden zijn',
      },
      {
        key: 'referralsSent',
        label: 'Doorverwijzingen verstuurd',
        kind: 'int',
        formula: (r) => `COUNT(${r.referrals.range('id')})`,
        how: 'Doorverwijzingen verstuurd in de periode',
      },
      {
        key: 'referralsToHogeschool',
        label: '… naar een hogeschool',
        kind: 'int',
        formula: (r) => countIf(r.referrals.range('destinationGroup'), 'hogeschool'),
        how: 'Expertisegroep of hogeschool',
      },
      {
        key: 'referralsToUniversiteit',
        label: '… naar een universiteit',
        kind: 'int',
        formula: (r) => countIf(r.referrals.range('destinationGroup'), 'universiteit'),
        how: '',
      },
      {
        key: 'referralsToBedrijf',
        label: '… naar een bedrijf',
        kind: 'int',
        formula: (r) => countIf(r.referrals.range('destinationGroup'), 'bedrijf'),
        how: '',
      },
      {
        key: 'referralsAccepted',
        label: 'Doorverwijzingen aanvaard',
        kind: 'int',
        formula: (r) => countIf(answer(r), 'aanvaard'),
        how: 'Status aanvaard, lopend of afgerond',
      },
      {
        key: 'referralsDeclined',
        label: 'Doorverwijzingen geweigerd',
        kind: 'int',
        formula: (r) => countIf(answer(r), 'geweigerd'),
        how: 'Status geweigerd',
      },
      {
        key: 'referralAcceptanceRate',
        label: 'Aanvaardingsgraad',
        kind: 'percent',
        formula: (r) => {
          const yes = countIf(answer(r), 'aanvaard');
          const no = countIf(answer(r), 'geweigerd');
          return `IF(${yes}+${no}=0,0,${yes}/(${yes}+${no}))`;
        },
        how: 'Aanvaard / (aanvaard + geweigerd)',
      },
      {
        key: 'referralsAnswered',
        label: 'Doorverwijzingen beantwoord',
        kind: 'int',
        formula: (r) => `COUNT(${r.referrals.range('responseDays')})`,
        how: 'Met een antwoorddatum',
      },
      {
        key: 'referralResponseDaysMedian',
        label: 'Antwoordtijd, mediaan (dagen)',
        kind: 'number',
        formula: (r) => guarded(r.referrals.range('responseDays'), `MEDIAN(${r.referrals.range('responseDays')})`),
        how: 'Kalenderdagen van verstuurd tot beantwoord',
      },
    ],
  },
  {
    title: 'Trajecten',
    rows: [
      {
        key: 'trajectsStarted',
        label: 'Trajecten gestart',
        kind: 'int',
        formula: (r) => `COUNT(${r.trajects.range('id')})`,
        how: 'Startdatum in de periode',
      },
      {
        key: 'trajectsStudentenproject',
        label: '… studentenproject',
        kind: 'int',
        formula: (r) => countIf(r.trajects.range('type'), 'studentenproject'),
        how: '',
      },
      {
        key: 'trajectsPraktijkgerichtOnderzoek',
        label: '… praktijkgericht onderzoek',
        kind: 'int',
        formula: (r) => countIf(r.trajects.range('type'), 'praktijkgericht onderzoek'),
        how: '',
      },
      {
        key: 'trajectsDienstverlening',
        label: '… dienstverlening',
        kind: 'int',
        formula: (r) => countIf(r.trajects.range('type'), 'dienstverlening'),
        how: '',
      },
      {
        key: 'trajectsCollectief',
        label: '… collectief traject',
        kind: 'int',
        formula: (r) => countIf(r.trajects.range('type'), 'collectief traject'),
        how: 'De collectieve trajecten',
      },
      {
        key: 'trajectsDoorverwezen',
        label: '… doorverwezen',
        kind: 'int',
        formula: (r) => countIf(r.trajects.range('type'), 'doorverwezen'),
        how: '',
      },
      {
        key: 'studentsInvolved',
        label: 'Studenten betrokken',
        kind: 'int',
        formula: (r) => `SUM(${r.trajects.range('students')})`,
        how: 'Som over de gestarte trajecten',
      },
      {
        key: 'followUpFundingTrajects',
        label: 'Trajecten met vervolgfinanciering',
        kind: 'int',
        formula: (r) => `COUNTIF(${r.trajects.range('funding')},">0")`,
        how: '',
      },
      {
        key: 'followUpFundingEuro',
        label: 'Vervolgfinanciering (€)',
        kind: 'euro',
        formula: (r) => `SUM(${r.trajects.range('funding')})`,
        how: 'Som over de gestarte trajecten',
      },
    ],
  },
  {
    title: 'Doorlooptijden (kalenderdagen, hulpvragen geregistreerd in de periode)',
    rows: [
      ...spreadRows('leadIntake', 'daysIntake', 'Registratie → intake'),
      ...spreadRows('leadTraject', 'daysTraject', 'Intake → traject'),
      ...spreadRows('leadTotal', 'daysTotal', 'Registratie → traject'),
    ],
  },
];

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F4F6F' } };
const sectionFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };

/** Kengetallen: label, the formula with its cached result, how it is computed, and the stable key. */
export function writeKpiSheet(sheet: ExcelJS.Worksheet, refs: VlaioRefs, kpis: Kpis, periodText: string): void {
  sheet.columns = [{ width: 46 }, { width: 16 }, { width: 70 }, { width: 30 }];
  const title = sheet.addRow(['Kengetallen', null, null, null]);
  title.font = { bold: true, size: 14 };
  title.commit();
  sheet.addRow([periodText]).commit();
  sheet.addRow(['Elke waarde is een formule over de gegevensbladen; Excel rekent ze na.']).commit();
  const header = sheet.addRow(['Kengetal', 'Waarde', 'Hoe berekend', 'Sleutel']);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = headerFill;
  header.commit();
  for (const section of vlaioSections) {
    const row = sheet.addRow([section.title]);
    row.font = { bold: true };
    row.fill = sectionFill;
    row.commit();
    for (const def of section.rows) {
      const line = sheet.addRow([def.label, { formula: def.formula(refs), result: kpis[def.key] }, def.how, def.key]);
      line.getCell(2).numFmt = numberFormats[def.kind] ?? '#,##0';
      line.getCell(3).alignment = { indent: 1 };
      line.getCell(4).font = { color: { argb: 'FF888888' } };
      line.commit();
    }
  }
  sheet.commit();
}
