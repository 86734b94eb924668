import type { Cents } from '../reports/money';

/** What an export is written as: a real Excel workbook, or RFC 4180 CSV for other tools. */
export const exportFormats = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * One cell of an export, typed so each writer renders it natively: text, a number, money in
 * integer cents, a decimal with its precision, an instant (shown as wall-clock time in
 * Europe/Amsterdam) or a calendar date (`YYYY-MM-DD`). `null` is an empty cell.
 */
export type ExportCell =
  | string
  | number
  | null
  | { cents: Cents }
  | { decimal: number; fractionDigits: number }
  | { instant: Date }
  | { date: string };

/** A column: its header and a width in characters for the workbook. */
export interface ExportColumn {
  header: string;
  width: number;
}

/** A table: one worksheet, or one CSV document. */
export interface ExportTable {
  /** The worksheet's name (Excel allows at most 31 characters). */
  sheet: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportCell[])[];
}

const minWidth = 8;
const maxWidth = 60;

/** A column as wide as its header, at least `minWidth`, unless given. */
export const column = (header: string, width?: number): ExportColumn => ({
  header,
  width: width ?? Math.max(minWidth, header.length + 2),
});

/** A table from bare headers, each column as wide as its longest header or text (capped). */
export function tableOf(
  sheet: string,
  headers: readonly string[],
  rows: readonly (readonly ExportCell[])[],
): ExportTable {
  const widths = headers.map((header) => Math.max(minWidth, header.length + 2));
  for (const row of rows)
    row.forEach((cell, index) => {
      if (typeof cell === 'string')
        widths[index] = Math.min(maxWidth, Math.max(widths[index] ?? minWidth, cell.length + 2));
    });
  return {
    sheet: sheet.slice(0, 31),
    columns: headers.map((header, index) => ({ header, width: widths[index]! })),
    rows,
  };
}

/**
 * Formula injection (OWASP "CSV injection"): a spreadsheet runs a text that starts with `=`,
 * `+`, `-` or `@` (and a tab or carriage return can smuggle one in) as a formula. Such a text
 * gets a leading `'`, which Excel and LibreOffice read as "this is text". Applied to every text
 * cell of CSV and xlsx alike, so a file re-saved from one as the other stays safe. Numbers are
 * typed cells and never pass through here, so a negative amount stays a number.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
