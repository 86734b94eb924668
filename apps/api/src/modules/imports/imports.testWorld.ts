import { readFileSync } from 'node:fs';
import type { App } from '../../app';

/** The real Drenthe samples shipped with the domain package (copies of DUO / Rijksoverheid files). */
const dataFolder = new URL('../../../../../packages/domain/src/imports/data/', import.meta.url);
export const sample = (name: string) => readFileSync(new URL(name, dataFolder));
export const drentheLocations = () => sample('duo-vestigingen-vo-sample-drenthe.csv');
export const drenthePupils = () =>
  sample('duo-leerlingen-vo-per-vestiging-2025-sample-drenthe.csv');
export const holidays2023 = () => sample('schoolholidays-example-response-2023-2024.json');

/** A multipart/form-data body with text fields and one file part, as the import wizard sends. */
export function multipart(bytes: Buffer, fileName: string, fields: Record<string, string> = {}) {
  const boundary = `----import${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = Object.entries(fields).map((entry) =>
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${entry[0]}"\r\n\r\n${entry[1]}\r\n`,
    ),
  );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export function importRequest(
  app: App,
  headers: Record<string, string>,
  kind: string,
  step: 'preview' | 'apply',
  file?: { bytes: Buffer; name: string; fields?: Record<string, string> },
) {
  const body = file
    ? multipart(file.bytes, file.name, file.fields)
    : { payload: undefined, headers: {} };
  return app.inject({
    method: 'POST',
    url: `/api/v1/imports/${kind}/${step}`,
    payload: body.payload,
    headers: { ...headers, ...body.headers },
  });
}

/** Replaces one line of a text file (1-based), keeping the others. */
export function withLine(bytes: Buffer, line: number, change: (text: string) => string) {
  const lines = bytes.toString('latin1').split('\n');
  lines[line - 1] = change(lines[line - 1]!);
  return Buffer.from(lines.join('\n'), 'latin1');
}
