import type { FileKind } from './fileTypes';
import { firstStoredEntry, startsLikeZip, zipEntryNames } from './zip';

/**
 * What a file is, judged by its bytes alone (magic numbers and structure), never by its name or
 * declared type. Only the kinds on the allow-list are recognised: anything else, an executable
 * included, is `unknown`, with a reason for the log and the problem's detail.
 */
export type Sniffed = { ok: true; kind: FileKind } | { ok: false; reason: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const magic: [FileKind, (bytes: Uint8Array) => boolean][] = [
  ['pdf', (bytes) => startsWith(bytes, ascii('%PDF-'))],
  ['png', (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['jpeg', (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff])],
  ['gif', (bytes) => startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))],
  ['webp', (bytes) => startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)],
];

/**
 * Executable formats, named so a refusal can say what it saw. They are refused either way (none
 * is on the allow-list, and their headers hold NUL bytes, so they are never text); checked last
 * so a text that happens to start with "MZ" stays text.
 */
const executables: [string, readonly number[]][] = [
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['Windows executable', ascii('MZ')],
  ['Mach-O executable', [0xcf, 0xfa, 0xed, 0xfe]],
  ['Mach-O executable', [0xfe, 0xed, 0xfa, 0xcf]],
  ['Java class or Mach-O fat binary', [0xca, 0xfe, 0xba, 0xbe]],
];

const odfMimeTypes: Record<string, FileKind> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};
/** The main part of each OOXML document type, next to the mandatory `[Content_Types].xml`. */
const ooxmlMainParts: [FileKind, string][] = [
  ['docx', 'word/document.xml'],
  ['xlsx', 'xl/workbook.xml'],
  ['pptx', 'ppt/presentation.xml'],
];

function sniffZip(bytes: Uint8Array): Sniffed {
  const names = zipEntryNames(bytes);
  if (!names) return { ok: false, reason: 'malformed zip archive' };
  const first = firstStoredEntry(bytes);
  if (first?.name === 'mimetype') {
    const kind = odfMimeTypes[new TextDecoder().decode(first.data)];
    return kind ? { ok: true, kind } : { ok: false, reason: 'unsupported OpenDocument type' };
  }
  if (names.includes('[Content_Types].xml')) {
    // Macros live in a vbaProject part; a .docx that carries one is a .docm in disguise.
    if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) {
      return { ok: false, reason: 'office document with macros' };
    }
    const main = ooxmlMainParts.find(([, part]) => names.includes(part));
    if (main) return { ok: true, kind: main[0] };
    return { ok: false, reason: 'unsupported Office Open XML document' };
  }
  return { ok: false, reason: 'zip archive' };
}

/**
 * Plain text: valid UTF-8 without NUL or other control characters (tab, line breaks and form
 * feed aside). A binary file almost always fails this within its first bytes.
 */
function isPlainText(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  for (const byte of bytes) {
    if (
      (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) ||
      byte === 0x7f
    ) {
      return false;
    }
  }
  return true;
}

/** The allowed kind these bytes are, or why they are none. */
export function sniffFileType(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  for (const [kind, matches] of magic) if (matches(bytes)) return { ok: true, kind };
  if (startsLikeZip(bytes)) return sniffZip(bytes);
  if (isPlainText(bytes)) return { ok: true, kind: 'text' };
  const executable = executables.find(([, prefix]) => startsWith(bytes, prefix));
  return { ok: false, reason: executable?.[0] ?? 'unrecognised binary content' };
}
