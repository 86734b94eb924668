import ExcelJS from 'exceljs';

/**
 * Reads back the first worksheet of an .xlsx body for tests: its name, the worksheet (for
 * styles and views), and its rows as plain values (text, numbers, Dates; empty cells null).
 */
export async function readXlsx(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values: unknown[] = [];
    for (let i = 1; i <= sheet.columnCount; i++) values.push(row.getCell(i).value ?? null);
    rows.push(values);
  });
  return { name: sheet.name, sheet, rows };
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
