import { describe, expect, it } from 'vitest';
import { defaultRegionSettings } from '../regionSettings';
import { bytesPerMb, uploadMaxBytes } from './limits';
import {
  bytesOf,
  concat,
  elfExecutable,
  jpegHeader,
  minimalDocx,
  minimalPdf,
  minimalPng,
  peExecutable,
} from './samples';
import { checkUpload } from './upload';

const maxBytes = uploadMaxBytes(defaultRegionSettings);
const check = (bytes: Uint8Array, fileName: string, declaredType?: string) =>
  checkUpload({ bytes, fileName, declaredType, maxBytes });
const codeOf = (outcome: ReturnType<typeof check>) => (outcome.ok ? 'ok' : outcome.code);

describe('the verdict on an upload', () => {
  it('when the region set nothing, then the limit is 20 MB', () => {
    expect(maxBytes).toBe(20 * bytesPerMb);
  });

  it('when a PDF is named .pdf, then it is accepted as application/pdf with its name', () => {
    const outcome = check(minimalPdf(), 'RI&E Metaalwerken.pdf', 'application/pdf');
    expect(outcome).toEqual({
      ok: true,
      value: {
        kind: 'pdf',
        contentType: 'application/pdf',
        fileName: 'RI&E Metaalwerken.pdf',
        size: minimalPdf().length,
      },
    });
  });

  it('when a file is one byte over the limit, then file_too_large, before its content is looked at', () => {
    const bytes = new Uint8Array(maxBytes + 1);
    bytes.set(minimalPdf());
    const outcome = check(bytes, 'groot.pdf');
    expect(codeOf(outcome)).toBe('file_too_large');
    expect(!outcome.ok && outcome.meta).toEqual({ maxBytes });
  });

  it('when a file is exactly at the limit, then its size is no reason to refuse it', () => {
    const bytes = bytesOf('a'.repeat(1024));
    expect(codeOf(checkUpload({ bytes, fileName: 'a.txt', maxBytes: 1024 }))).toBe('ok');
  });

  it.each([
    [
      'an ELF executable renamed to .pdf',
      elfExecutable(),
      'handleiding.pdf',
      'file_type_not_allowed',
    ],
    [
      'a Windows executable renamed to .docx',
      peExecutable(),
      'werkboek.docx',
      'file_type_not_allowed',
    ],
    ['a PNG named .pdf', minimalPng(), 'verzekering.pdf', 'file_content_mismatch'],
    ['a PDF named .txt', minimalPdf(), 'notities.txt', 'file_content_mismatch'],
    ['a docx named .xlsx', minimalDocx(), 'rooster.xlsx', 'file_content_mismatch'],
    ['text with a NUL byte', bytesOf('regel\u0000twee'), 'notities.txt', 'file_type_not_allowed'],
    [
      'text named .html',
      bytesOf('<script>alert(1)</script>'),
      'pagina.html',
      'file_content_mismatch',
    ],
    ['text named .exe', bytesOf('echo hoi'), 'run.exe', 'file_content_mismatch'],
  ])('when %s arrives, then %s', (_, bytes, fileName, code) => {
    expect(codeOf(check(bytes, fileName))).toBe(code);
  });

  it('when the declared type names another allowed kind, then file_content_mismatch', () => {
    expect(codeOf(check(minimalPng(), 'foto.png', 'application/pdf'))).toBe(
      'file_content_mismatch',
    );
  });

  it.each([
    ['application/octet-stream', minimalPdf(), 'a.pdf'],
    ['application/zip', minimalDocx(), 'a.docx'],
    ['application/vnd.ms-excel', bytesOf('a;b\n1;2\n'), 'lijst.csv'],
    ['text/csv', bytesOf('a;b\n1;2\n'), 'lijst.csv'],
    ['image/jpg', concat(jpegHeader(), new Uint8Array(16)), 'foto.jpg'],
  ])(
    'when the declared type is %s, then it does not contradict what the content is',
    (declared, bytes, name) => {
      expect(codeOf(check(bytes, name, declared))).toBe('ok');
    },
  );

  it('when a name has no extension, then the content’s extension is added', () => {
    const outcome = check(minimalDocx(), 'Stageboekje');
    expect(outcome.ok && outcome.value.fileName).toBe('Stageboekje.docx');
  });

  it('when the name carries a path and a bidi override, then the stored name is clean', () => {
    const outcome = check(minimalPdf(), 'C:\\tmp\\VOG \u202Eerkenning.pdf');
    expect(outcome.ok && outcome.value.fileName).toBe('VOG erkenning.pdf');
  });
});
