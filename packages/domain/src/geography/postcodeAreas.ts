import { parseCsvLine } from '../imports/csv';
import { decodeText } from '../imports/text';
import { maxImportRows, type ImportProblem } from '../imports/plan';

/** The 4-digit postcode area (PC4) of a Dutch postcode (`9401 AB` → `9401`), else null. */
export function pc4Of(postcode: string | null | undefined): string | null {
  const match = /^\s*([1-9][0-9]{3})(\s*[A-Za-z]{2})?\s*$/.exec(postcode ?? '');
  return match ? match[1]! : null;
}

/** One PC4 centroid, as stored in `postcode_areas`. */
export interface PostcodeArea {
  pc4: string;
  latitude: number;
  longitude: number;
}

export type PostcodeAreasRead =
  | { ok: true; areas: PostcodeArea[]; problems: ImportProblem[] }
  | {
      ok: false;
      code: 'import_header_mismatch' | 'file_too_large' | 'file_content_mismatch';
      detail: string;
    };

export const postcodeAreasHeader = 'pc4,latitude,longitude';

// The Netherlands, with a margin: a swapped latitude/longitude or an RD New (metre)
// coordinate falls outside and is a row error, not a school placed in the North Sea.
const inNetherlands = (lat: number, lon: number) => lat >= 50 && lat <= 54 && lon >= 3 && lon <= 8;

const number = (text: string | undefined) =>
  text !== undefined && /^-?[0-9]+([.,][0-9]+)?$/.test(text.trim())
    ? Number(text.trim().replace(',', '.'))
    : null;

/**
 * Reads a PC4 centroid file: a header `pc4,latitude,longitude` (`;` also accepted, as Excel NL
 * writes it), WGS84 degrees. Rows with a bad code or a point outside the Netherlands are row
 * problems with their line number; a PC4 given twice is one too.
 */
export function readPostcodeAreas(bytes: Uint8Array): PostcodeAreasRead {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, code: 'file_content_mismatch', detail: decoded.reason };
  const lines = decoded.text.split(/\r?\n/).map((text, at) => ({ line: at + 1, text }));
  const header = lines[0]?.text ?? '';
  const separator = header.includes(';') ? ';' : ',';
  const names = header
    .split(separator)
    .map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase());
  const index = (name: string) => names.indexOf(name);
  const missing = ['pc4', 'latitude', 'longitude'].filter((name) => index(name) === -1);
  if (missing.length > 0)
    return {
      ok: false,
      code: 'import_header_mismatch',
      detail: `missing column ${missing.join(', ')}; expected header: ${postcodeAreasHeader}`,
    };
  if (lines.length - 1 > maxImportRows)
    return { ok: false, code: 'file_too_large', detail: `more than ${maxImportRows} rows` };
  const areas = new Map<string, PostcodeArea>();
  const problems: ImportProblem[] = [];
  for (const { line, text: rowText } of lines.slice(1)) {
    if (rowText.trim() === '') continue;
    const parsed = parseCsvLine(rowText, separator);
    const fields = parsed.ok ? parsed.fields : [];
    const pc4 = fields[index('pc4')]?.trim() ?? '';
    const latitude = number(fields[index('latitude')]);
    const longitude = number(fields[index('longitude')]);
    const problem = !parsed.ok
      ? parsed.reason
      : !/^[1-9][0-9]{3}$/.test(pc4)
        ? `pc4 "${pc4}" is not a 4-digit postcode area`
        : latitude === null || longitude === null || !inNetherlands(latitude, longitude)
          ? 'latitude/longitude are not WGS84 degrees in the Netherlands'
          : areas.has(pc4)
            ? `pc4 ${pc4} appears twice`
            : null;
    if (problem) problems.push({ line, column: null, message: problem });
    else areas.set(pc4, { pc4, latitude: latitude!, longitude: longitude! });
  }
  return { ok: true, areas: [...areas.values()], problems };
}
