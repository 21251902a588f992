import type ExcelJS from 'exceljs';
import { brusselsDate } from '../../time';

export type CoverInfo = {
  title: string;
  subtitle: string;
  period: { from: string; to: string };
  generatedAt: Date;
  dataAsOf: string | null;
  actor: string;
  pseudonymised: boolean;
  empty: boolean;
  contents: [sheet: string, description: string][];
};

export const dutchDate = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

const brusselsTime = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export function dutchInstant(instant: Date): string {
  return `${dutchDate(brusselsDate(instant))} ${brusselsTime.format(instant)}`;
}

export function periodText(period: { from: string; to: string }): string {
  return `Periode: ${dutchDate(period.from)} – ${dutchDate(period.to)}`;
}

/** The first sheet: what this is, for when, made when and by whom, and what the other sheets hold. */
export function writeCover(workbook: ExcelJS.stream.xlsx.WorkbookWriter, info: CoverInfo): void {
  const sheet = workbook.addWorksheet('Voorblad', {
    views: [{ showGridLines: false }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
    properties: { tabColor: { argb: 'FF2F4F6F' } },
  });
  sheet.columns = [{ width: 28 }, { width: 80 }];
  const title = sheet.addRow([info.title]);
  title.font = { bold: true, size: 18, color: { argb: 'FF2F4F6F' } };
  title.height = 28;
  title.commit();
  sheet.addRow([info.subtitle]).commit();
  sheet.addRow([]).commit();
  const facts: [string, string][] = [
    ['Periode', `${dutchDate(info.period.from)} – ${dutchDate(info.period.to)}`],
    ['Gemaakt op', dutchInstant(info.generatedAt)],
    ['Gegevens tot en met', info.dataAsOf ? dutchInstant(new Date(info.dataAsOf)) : '—'],
    ['Gemaakt door', info.actor],
    [
      'Persoonsgegevens',
      info.pseudonymised
        ? 'Gepseudonimiseerd: zonder namen, e-mailadressen, telefoonnummers en vrije tekst.'
        : 'Bevat namen en vrije tekst: enkel voor intern gebruik.',
    ],
  ];
  for (const [label, value] of facts) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (label === 'Persoonsgegevens' && info.pseudonymised) row.getCell(2).font = { bold: true, color: { argb: 'FF1E6B3A' } };
    row.commit();
  }
  sheet.addRow([]).commit();
  if (info.empty) {
    const none = sheet.addRow([
      'Geen activiteit',
      'Er is geen activiteit geregistreerd in deze periode; alle kengetallen zijn 0.',
    ]);
    none.font = { bold: true, color: { argb: 'FF9A5B00' } };
    none.commit();
    sheet.addRow([]).commit();
  }
  const head = sheet.addRow(['Blad', 'Inhoud']);
  head.font = { bold: true };
  head.commit();
  for (const [name, description] of info.contents) sheet.addRow([name, description]).commit();
  sheet.commit();
}
