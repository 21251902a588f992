/**
 * The streaming workbook reader on its own: `exceljs` itself loads every reader and writer
 * (~350 ms and ~10 MB in a fresh worker); this file loads only what reading needs (~190 ms).
 * The class is the one `ExcelJS.stream.xlsx.WorkbookReader` names (exceljs 4.4.0).
 */
declare module 'exceljs/lib/stream/xlsx/workbook-reader.js' {
  import type ExcelJS from 'exceljs';

  const WorkbookReader: typeof ExcelJS.stream.xlsx.WorkbookReader;
  export default WorkbookReader;
}
