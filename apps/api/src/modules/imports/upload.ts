import type { FastifyRequest } from 'fastify';
import { DomainError, decodeText, sniffFileType } from '@stagebureau/domain';
import { readUploadedFile } from '../storage';

/** The uploaded file of an import, with the form's text fields (e.g. `schoolYear`). */
export interface ImportFile {
  bytes: Buffer;
  fileName: string;
  fields: Record<string, string>;
}

/** Reads the one multipart file, within the region's upload limit. */
export async function readImportFile(
  request: FastifyRequest,
  maxBytes: number,
): Promise<ImportFile> {
  const upload = await readUploadedFile(request, maxBytes);
  return { bytes: upload.bytes, fileName: upload.fileName, fields: upload.fields };
}

/**
 * Refuses a file that is plainly something else (a PDF, an image, a spreadsheet, an
 * executable) before reading it as text: storage's content sniffing names what it is. Text in
 * Windows-1252 is no UTF-8 "text" to the sniffer, so text itself is judged by `decodeText`.
 */
export function assertTextFile(bytes: Uint8Array, expected: 'CSV' | 'JSON') {
  if (bytes.length === 0) throw new DomainError('import_file_empty', 'the file is empty');
  const sniffed = sniffFileType(bytes);
  if (sniffed.ok && sniffed.kind !== 'text')
    throw new DomainError(
      'file_content_mismatch',
      `this is a ${sniffed.kind} file, not ${expected}`,
    );
}

/** The JSON of an uploaded file, or a refusal saying it is none. */
export function parseJsonFile(bytes: Uint8Array): unknown {
  assertTextFile(bytes, 'JSON');
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new DomainError('file_content_mismatch', `not JSON: ${decoded.reason}`);
  if (decoded.text.trim() === '') throw new DomainError('import_file_empty', 'the file is empty');
  try {
    return JSON.parse(decoded.text);
  } catch {
    throw new DomainError('file_content_mismatch', 'not JSON');
  }
}
