import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  agreementHash,
  agreementText,
  type AgreementData,
  type AgreementSignature,
} from '@stagebureau/domain';
import { renderAgreementPdf } from './pdf';

// The PDF is read back by a separate tool (Debian's poppler-utils), not by the library that wrote it.
const dir = mkdtempSync(join(tmpdir(), 'agreement-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function saved(bytes: Uint8Array): string {
  const file = join(dir, `agreement-${++files}.pdf`);
  writeFileSync(file, bytes);
  return file;
}
/** pdftotext -layout, with runs of whitespace (line wraps included) collapsed to one space. */
const textOf = (file: string) =>
  execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();
const infoOf = (file: string) => execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });

const anAgreement = (over: Partial<AgreementData> = {}): AgreementData => ({
  regionName: 'Drenthe',
  placementId: 'pl-0001',
  kind: 'pupil',
  school: { name: 'Dr. Nassau College', city: 'Assen', signatoryRole: 'stagecoördinator' },
  company: { name: 'Café De Zwaan', address: 'Brink 4, 9401 HS Assen', city: 'Assen' },
  participant: {
    firstName: 'Zoë',
    surname: 'Ağaoğlu-de Vries',
    className: '3B',
    level: 'vmbo-kb',
    isMinor: true,
  },
  place: {
    title: 'Keukenhulp “koude keuken”',
    offerType: 'internship',
    startsOn: '2027-03-09',
    endsOn: '2027-04-01',
    weekdays: [1, 2, 3, 4],
    dayStarts: '08:00',
    dayEnds: '16:00',
    whatToBring: 'Zwarte schoenen, een schort en €5 voor de lunch.',
  },
  supervisor: { name: 'Joël Bakker', email: 'joel@dezwaan.nl', phone: '0592 123456' },
  ...over,
});

const signed = (party: AgreementSignature['party'], typedName: string, signedAt: string) =>
  ({ party, typedName, signedAt, consent: true }) as const;

async function render(data: AgreementData, signatures: AgreementSignature[]) {
  const hash = agreementHash(agreementText(data));
  const file = saved(await renderAgreementPdf(data, signatures, hash));
  return { file, hash, text: textOf(file) };
}

describe('renderAgreementPdf', () => {
  it('when three of four parties signed, then the PDF carries the parties, period, names, times and hash', async () => {
    const data = anAgreement();
    const { file, hash, text } = await render(data, [
      signed('school', 'Marieke Jansen', '2027-02-01T08:00:00Z'),
      signed('company', 'Joël Bakker', '2027-02-01T12:45:00Z'),
      signed('pupil', 'Zoë Ağaoğlu-de Vries', '2027-06-30T22:30:00Z'),
    ]);

    expect(hash).toBe(createHash('sha256').update(agreementText(data), 'utf8').digest('hex'));
    expect(text).toContain('Stageovereenkomst');
    expect(text).toContain(
      '1. Dr. Nassau College te Assen, vertegenwoordigd door de stagecoördinator',
    );
    expect(text).toContain('2. Café De Zwaan, Brink 4, 9401 HS Assen, hierna: het leerbedrijf');
    expect(text).toContain('van dinsdag 9 maart 2027 tot en met donderdag 1 april 2027');
    expect(text).toContain('op maandag t/m donderdag, van 08:00 tot 16:00 uur');
    expect(text).toContain('Ondertekening');
    expect(text).toContain(
      'Getypte naam: Marieke Jansen Ondertekend op: maandag 1 februari 2027 om 09:00',
    );
    expect(text).toContain(
      'Getypte naam: Joël Bakker Ondertekend op: maandag 1 februari 2027 om 13:45',
    );
    // Summer time: 22:30 UTC is already the next day in Amsterdam.
    expect(text).toContain('Ondertekend op: donderdag 1 juli 2027 om 00:30');
    expect(text).toContain('Ouder of verzorger nog niet ondertekend');
    expect(text).toContain(`SHA-256 van de ondertekende tekst: ${hash}`);
    // Dutch characters, the euro sign and curly quotes survive WinAnsi.
    for (const word of ['beëindigen', 'vóór', '€5', '“koude keuken”', 'Joël', 'Café'])
      expect(text).toContain(word);

    const pages = Number(/Pages:\s+(\d+)/.exec(infoOf(file))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pages; page++)
      expect(text).toContain(`Stageovereenkomst pl-0001 – pagina ${page} van ${pages}`);
  });

  it('when a name has letters WinAnsi lacks, then they are replaced instead of throwing', async () => {
    const { text } = await render(
      anAgreement({ company: { name: 'Bakkerij 麦 Őz', address: 'Markt 1', city: 'Assen' } }),
      [signed('pupil', 'Zoë Ağaoğlu-de Vries', '2027-02-01T08:00:00Z')],
    );
    // ğ and Ő lose their accent; a Chinese character becomes "?".
    expect(text).toContain('Zoë Agaoglu-de Vries');
    expect(text).toContain('Leerbedrijf: Bakkerij ? Oz nog niet ondertekend');
  });

  it('when it is a teacher internship, then school, company and teacher sign and no guardian', async () => {
    const { text } = await render(
      anAgreement({
        kind: 'teacher',
        participant: {
          firstName: 'Anneke',
          surname: 'Mulder',
          className: null,
          level: null,
          isMinor: false,
        },
        place: { ...anAgreement().place, offerType: 'teacher_internship' },
      }),
      [signed('teacher', 'A. Mulder', '2027-02-01T08:00:00Z')],
    );
    expect(text).toContain('3. Anneke Mulder, docent van Dr. Nassau College, hierna: de stagiair');
    expect(text).toContain('Docent: Anneke Mulder Getypte naam: A. Mulder');
    expect(text).toContain('School: Dr. Nassau College nog niet ondertekend');
    expect(text).not.toContain('Ouder of verzorger');
  });

  it('when the region has its own template, then its clauses are printed and unknown placeholders stay', async () => {
    const template = [
      'Praktijkovereenkomst regio {region.name}',
      '',
      'Artikel 1 – Wie',
      '{parties}',
      '',
      'Artikel 2 – Wanneer',
      '{participant.fullName} loopt stage van {place.startsOn} tot {place.endsOn} bij {company.name}.',
      'Eigen veld: {company.kvk}.',
    ].join('\n');
    const { text, hash } = await render(anAgreement({ template }), []);

    expect(text).toContain('Praktijkovereenkomst regio Drenthe');
    expect(text).toContain(
      'Zoë Agaoglu-de Vries loopt stage van dinsdag 9 maart 2027 tot donderdag 1 april 2027 bij Café De Zwaan.',
    );
    expect(text).toContain('Eigen veld: {company.kvk}.');
    expect(text).not.toContain('Verzekering');
    expect(text).toContain('School: Dr. Nassau College nog niet ondertekend');
    expect(text).toContain(`SHA-256 van de ondertekende tekst: ${hash}`);
  });

  it('when the text is long, then it runs over numbered pages and nothing is lost', async () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, i) =>
        `Bepaling ${i + 1}: ${'de stagiair en het leerbedrijf overleggen tijdig. '.repeat(6)}`,
    );
    const { file, text } = await render(
      anAgreement({ template: ['Stageovereenkomst', ...paragraphs].join('\n\n') }),
      [],
    );
    const pages = Number(/Pages:\s+(\d+)/.exec(infoOf(file))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(text).toContain(`pagina ${pages} van ${pages}`);
    for (const n of [1, 30, 60]) expect(text).toContain(`Bepaling ${n}:`);
  });

  it('when rendered twice from the same input, then the bytes are identical and the metadata is set', async () => {
    const data = anAgreement();
    const signatures = [signed('school', 'Marieke Jansen', '2027-02-01T08:00:00Z')];
    const first = await renderAgreementPdf(data, signatures, 'ab'.repeat(32));
    const second = await renderAgreementPdf(structuredClone(data), signatures, 'ab'.repeat(32));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);

    const info = infoOf(saved(first));
    expect(info).toMatch(/^Title:\s+Stageovereenkomst – Keukenhulp “koude keuken”$/m);
    expect(info).toMatch(/^Creator:\s+Stagebureau$/m);
    expect(info).toMatch(/^CreationDate:.*2027/m);
  });
});
