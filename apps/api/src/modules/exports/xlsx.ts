import ExcelJS from 'exceljs';
import { neutraliseFormula, toLocal, type ExportCell, type ExportTable } from '@stagebureau/domain';

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A wall-clock Amsterdam time as a date Excel shows as such. Excel dates carry no zone and
 * exceljs writes a Date by its UTC fields, so the local fields go in as UTC ones.
 */
function excelDateOf(date: string, time = '00:00'): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

/** The value and number format a typed cell gets in the workbook. */
function xlsxCell(cell: ExportCell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (cell === null) return { value: null };
  if (typeof cell === 'string') return { value: neutraliseFormula(cell) };
  if (typeof cell === 'number')
    return { value: cell, numFmt: Number.isInteger(cell) ? undefined : '0.00' };
  if ('cents' in cell) return { value: cell.cents / 100, numFmt: '#,##0.00' };
  if ('decimal' in cell)
    return {
      value: cell.decimal,
      numFmt: cell.fractionDigits > 0 ? `0.${'0'.repeat(cell.fractionDigits)}` : '0',
    };
  if ('instant' in cell) {
    const { date, time } = toLocal(cell.instant);
    return { value: excelDateOf(date, time), numFmt: 'dd-mm-yyyy hh:mm' };
  }
  return { value: excelDateOf(cell.date), numFmt: 'dd-mm-yyyy' };
}

/**
 * One worksheet: a bold header row frozen above the data, columns at their widths, numbers as
 * numbers and times as real dates. Text is neutralised against formula injection like the CSV.
 */
export async function writeXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Stagebureau';
  const sheet = workbook.addWorksheet(table.sheet.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c) => ({
    header: neutraliseFormula(c.header),
    width: c.width,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const cells of table.rows) {
    const row = sheet.addRow([]);
    cells.forEach((cell, index) => {
      const { value, numFmt } = xlsxCell(cell);
      const target = row.getCell(index + 1);
      target.value = value;
      if (numFmt) target.numFmt = numFmt;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
