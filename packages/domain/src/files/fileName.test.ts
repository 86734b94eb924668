import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './disposition';
import { extensionOf, maxFileNameLength, sanitiseFileName } from './fileName';
import { isSafeObjectKey } from './keys';

describe('sanitising an uploaded file name', () => {
  it.each([
    [
      'a readable Dutch name keeps its accents',
      'Risico-inventarisatie café 2026.pdf',
      'Risico-inventarisatie café 2026.pdf',
    ],
    ['a Windows path keeps only the name', 'C:\\Users\\jan\\Documents\\VOG Jan.pdf', 'VOG Jan.pdf'],
    ['a Unix path keeps only the name', '../../etc/passwd', 'passwd'],
    ['control characters are removed', 'a\u0000b\u0007c\nd.txt', 'abcd.txt'],
    ['a bidi override cannot disguise the extension', 'factuur\u202Efdp.exe', 'factuurfdp.exe'],
    ['zero-width characters are removed', 'ver\u200bzekering.pdf', 'verzekering.pdf'],
    ['reserved characters become underscores', 'a<b>c:d"e|f?g*h;i.pdf', 'a_b_c_d_e_f_g_h_i.pdf'],
    ['leading dots cannot hide the file', '...verborgen.txt', 'verborgen.txt'],
    ['trailing dots and spaces go', 'rapport.pdf. . ', 'rapport.pdf'],
    ['a Windows device name is defused', 'CON.txt', '_CON.txt'],
    ['runs of white space become one space', 'veel    ruimte\t.pdf', 'veel ruimte.pdf'],
    ['an empty name gets a default', '', 'bestand'],
    ['a name of only dots gets a default', '..', 'bestand'],
    ['a decomposed accent is composed (NFC)', 'cafe\u0301.pdf', 'café.pdf'],
  ])('when %s', (_, raw, expected) => {
    expect(sanitiseFileName(raw)).toBe(expected);
  });

  it('when a name is very long, then it is cut to the cap and keeps its extension', () => {
    const name = sanitiseFileName(`${'é'.repeat(500)}.docx`);
    expect([...name]).toHaveLength(maxFileNameLength);
    expect(extensionOf(name)).toBe('docx');
  });

  it('when a cut would split an emoji, then no lone surrogate remains', () => {
    const name = sanitiseFileName(`${'😀'.repeat(200)}.pdf`);
    expect(name).toBe(`${'😀'.repeat(maxFileNameLength - 4)}.pdf`);
    expect(name).not.toMatch(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
    );
  });
});

describe('the download header', () => {
  it('when the name has accents and quotes, then filename* carries it in UTF-8 and filename an ASCII fallback', () => {
    expect(attachmentDisposition("Veiligheid café (v2) 'def'.pdf")).toBe(
      `attachment; filename="Veiligheid cafe (v2) 'def'.pdf"; filename*=UTF-8''Veiligheid%20caf%C3%A9%20%28v2%29%20%27def%27.pdf`,
    );
  });
});

describe('object keys', () => {
  it.each([
    ['compliance/7f1c9a52-0000-4000-8000-000000000000', true],
    ['files/a/b_c-d', true],
    ['../etc/passwd', false],
    ['files/../../x', false],
    ['files/./x', false],
    ['/absolute', false],
    ['files//double', false],
    ['Files/Upper', false],
    ['.upload-temporary', false],
    ['files/naam met spatie', false],
    ['', false],
  ])('when the key is %j, then safe is %s', (key, safe) => {
    expect(isSafeObjectKey(key)).toBe(safe);
  });
});
