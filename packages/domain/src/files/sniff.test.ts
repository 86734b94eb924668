import { describe, expect, it } from 'vitest';
import { sniffFileType } from './sniff';
import {
  bytesOf,
  concat,
  elfExecutable,
  jpegHeader,
  minimalDocx,
  minimalOdf,
  minimalPdf,
  minimalPng,
  ooxmlWith,
  peExecutable,
  zipOf,
} from './samples';
import { zipEntryNames } from './zip';

const kindOf = (bytes: Uint8Array) => {
  const sniffed = sniffFileType(bytes);
  return sniffed.ok ? sniffed.kind : `refused: ${sniffed.reason}`;
};

describe('sniffing a file by its content', () => {
  it.each([
    ['a one-page PDF', minimalPdf(), 'pdf'],
    ['a 1×1 PNG', minimalPng(), 'png'],
    ['a JPEG', concat(jpegHeader(), new Uint8Array(32)), 'jpeg'],
    ['a GIF', concat(bytesOf('GIF89a'), new Uint8Array(16)), 'gif'],
    ['a WebP', concat(bytesOf('RIFF'), new Uint8Array(4), bytesOf('WEBPVP8 ')), 'webp'],
    ['a Word document', minimalDocx(), 'docx'],
    ['an Excel workbook', ooxmlWith('xl/workbook.xml'), 'xlsx'],
    ['a PowerPoint presentation', ooxmlWith('ppt/presentation.xml'), 'pptx'],
    ['an OpenDocument text', minimalOdf('application/vnd.oasis.opendocument.text'), 'odt'],
    [
      'an OpenDocument spreadsheet',
      minimalOdf('application/vnd.oasis.opendocument.spreadsheet'),
      'ods',
    ],
    ['Dutch UTF-8 text', bytesOf('Veiligheidsinstructie café\r\n\tRI&E 2026 — ok\n'), 'text'],
    ['text that starts like an executable', bytesOf('MZ-verslag: alles in orde\n'), 'text'],
  ])('when it is %s, then it is recognised as %s', (_, bytes, kind) => {
    expect(kindOf(bytes)).toBe(kind);
  });

  it.each([
    ['an ELF executable', elfExecutable(), 'ELF executable'],
    ['a Windows executable', peExecutable(), 'Windows executable'],
    ['an empty file', new Uint8Array(0), 'empty file'],
    ['text with a NUL byte', bytesOf('ok\u0000nee'), 'unrecognised binary content'],
    ['invalid UTF-8', Uint8Array.from([0x68, 0xc3, 0x28, 0x0a]), 'unrecognised binary content'],
    ['a plain zip archive', zipOf([['setup.exe', 'MZ']]), 'zip archive'],
    [
      'a Word document with macros',
      minimalDocx([['word/vbaProject.bin', 'macro']]),
      'office document with macros',
    ],
    [
      'an OpenDocument of another type',
      minimalOdf('application/vnd.oasis.opendocument.graphics'),
      'unsupported OpenDocument type',
    ],
    ['a truncated zip', minimalDocx().subarray(0, 120), 'malformed zip archive'],
  ])('when it is %s, then it is refused (%s)', (_, bytes, reason) => {
    expect(kindOf(bytes)).toBe(`refused: ${reason}`);
  });

  it('when a docx is read, then its central directory lists the parts it was built with', () => {
    expect(zipEntryNames(minimalDocx())).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
    ]);
  });
});
