import ExcelJS from 'exceljs';
import type { AgendaView } from '../../api/contract/event-day';
import type { ExportFile } from '../../api/contract/privacy';
import type { MeetingStatus } from '../../api/contract/event/lifecycle';
import type { AppContext } from '../context';
import { agendaView } from './agenda';

const statusNl: Record<MeetingStatus, string> = {
  gevraagd: 'gevraagd',
  aanvaard: 'aanvaard',
  geweigerd: 'geweigerd',
  ingepland: 'ingepland',
  gehouden: 'gehouden',
  niet_opgedaagd: 'niet opgedaagd',
  geannuleerd: 'geannuleerd',
};

/**
 * The local Brussels wall-clock time as an Excel date: Excel cells carry no time zone, so the
 * clock reading is stored as if it were UTC and shown as such (09:00 on the agenda = 09:00 in Excel).
 */
export function excelLocalTime(date: string, hhmm: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, h ?? 0, min ?? 0));
}

const dateTimeFormat = 'dd/mm/yyyy hh:mm';

/** Strings stay strings: a name like "=Sum" is written as text, never as a formula. */
function text(value: string): ExcelJS.CellValue {
  return value;
}

function header(sheet: ExcelJS.Worksheet, labels: string[]): void {
  const row = sheet.addRow(labels);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  });
}

function participantSheet(workbook: ExcelJS.Workbook, view: AgendaView): void {
  const sheet = workbook.addWorksheet("Agenda's per deelnemer", {
    pageSetup: { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 20 }, { width: 8 }, { width: 8 }, { width: 44 }, { width: 16 }];
  for (const participant of view.participants) {
    const title = sheet.addRow([text(participant.displayName)]);
    title.font = { bold: true, size: 13 };
    sheet.addRow([text(`${participant.side === 'onderneming' ? 'Onderneming' : 'Academicus'} · ${view.eventName}`)]);
    header(sheet, ['Begin', 'Einde', 'Tafel', 'Gesprek met', 'Status']);
    if (participant.meetings.length === 0) sheet.addRow(['', '', '', text('Geen gesprekken ingepland'), '']);
    for (const meeting of participant.meetings) {
      const row = sheet.addRow([
        excelLocalTime(view.date, meeting.start),
        text(meeting.end),
        meeting.tableNumber,
        text(meeting.otherName),
        text(statusNl[meeting.status]),
      ]);
      row.getCell(1).numFmt = dateTimeFormat;
    }
    // A page break after each participant, so the printed workbook gives one page per person.
    sheet.lastRow?.addPageBreak();
    sheet.addRow([]);
  }
}

function tableSheet(workbook: ExcelJS.Workbook, view: AgendaView): void {
  const sheet = workbook.addWorksheet('Per tafel');
  sheet.columns = [{ width: 8 }, { width: 20 }, { width: 8 }, { width: 36 }, { width: 36 }];
  header(sheet, ['Tafel', 'Begin', 'Einde', 'Onderneming', 'Academicus']);
  for (const table of view.tables) {
    for (const meeting of table.meetings) {
      const row = sheet.addRow([
        table.tableNumber,
        excelLocalTime(view.date, meeting.start),
        text(meeting.end),
        text(meeting.enterpriseName),
        text(meeting.academicName),
      ]);
      row.getCell(2).numFmt = dateTimeFormat;
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: 'A1', to: 'E1' };
}

/** The agendas as a workbook, handed to the renderer as base64 like the other exports. */
export async function agendaWorkbook(ctx: AppContext, eventId: number): Promise<ExportFile> {
  const view = agendaView(ctx, eventId);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Blikopener Desk';
  workbook.created = ctx.now();
  participantSheet(workbook, view);
  tableSheet(workbook, view);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const safeName =
    view.eventName
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'event';
  return {
    fileName: `agendas-${safeName}-${view.date}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: buffer.toString('base64'),
  };
}
