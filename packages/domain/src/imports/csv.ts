/**
 * A small reader for DUO's `;`-separated files: one record per line (CRLF or LF), fields
 * optionally quoted with `"` and a quote inside doubled (`"VMBO ""De Jutter"""`). DUO never
 * breaks a field over lines, so a quote left open at the end of a line is a row error, not a
 * reason to read on: one broken row cannot swallow the rest of the file.
 */
export interface CsvRecord {
  /** 1-based line number in the file, as a spreadsheet shows it. */
  line: number;
  fields: string[];
}

export type ParsedLine = { ok: true; fields: string[] } | { ok: false; reason: string };

export function parseCsvLine(text: string, separator = ';'): ParsedLine {
  const fields: string[] = [];
  let index = 0;
  for (;;) {
    if (text[index] === '"') {
      let value = '';
      index += 1;
      for (;;) {
        const quote = text.indexOf('"', index);
        if (quote === -1) return { ok: false, reason: 'a quoted field is not closed' };
        value += text.slice(index, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          index = quote + 2;
          continue;
        }
        index = quote + 1;
        break;
      }
      fields.push(value);
      if (index === text.length) return { ok: true, fields };
      if (text[index] !== separator) return { ok: false, reason: 'text after a closing quote' };
      index += 1;
    } else {
      const next = text.indexOf(separator, index);
      if (next === -1) {
        fields.push(text.slice(index));
        return { ok: true, fields };
      }
      fields.push(text.slice(index, next));
      index = next + 1;
    }
  }
}

/** The non-empty lines of a text with their 1-based numbers; blank lines are skipped. */
export function* linesOf(text: string): Generator<{ line: number; text: string }> {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    const raw = text.slice(start, stop).replace(/\r$/, '');
    if (raw.trim() !== '') yield { line, text: raw };
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
}
