import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DomainError, maxImportRows, type CsvRecord } from '@stagebureau/domain';

/**
 * The first worksheet of an Excel (.xlsx) file as rows of text (issue 21), read with exceljs's
 * streaming reader: the domain plans them like CSV rows. The header is the first row with a
 * value; empty rows are skipped like blank CSV lines; a row's line is its number in Excel.
 */
export interface SheetRows {
  header: CsvRecord | undefined;
  records: CsvRecord[];
}

type Cell = ExcelJS.CellValue | undefined;

/** What a cell shows as text: shared and rich text, hyperlinks and formula results too. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: Cell }).result);
  if ('text' in value) return cellText(value.text as Cell);
  if ('error' in value) return String(value.error);
  return '';
}

function rowFields(values: ExcelJS.Row['values']): string[] {
  // exceljs's row values start at index 1 (column A); a sparse row leaves holes.
  const list = Array.isArray(values) ? values.slice(1) : Object.values(values);
  return Array.from(list, (value) => cellText(value as Cell).trim());
}

export async function readSheetRows(bytes: Buffer): Promise<SheetRows> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let header: CsvRecord | undefined;
  const records: CsvRecord[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const fields = rowFields(row.values);
        if (fields.every((field) => field === '')) continue;
        if (!header) header = { line: row.number, fields };
        else if (records.length >= maxImportRows)
          throw new DomainError('file_too_large', `at most ${maxImportRows} rows`, {
            maxRows: maxImportRows,
          });
        else records.push({ line: row.number, fields });
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('file_content_mismatch', 'not a readable Excel workbook');
  }
  return { header, records };
}
