import { describe, expect, it } from 'vitest';
import {
  agreementHash,
  agreementPlaceholders,
  agreementText,
  dutchWeekdays,
  requiredParties,
  signatureRows,
  unsignedParties,
  type AgreementData,
  type AgreementSignature,
} from './index';

const anAgreement = (over: Partial<AgreementData> = {}): AgreementData => ({
  regionName: 'Drenthe',
  placementId: 'pl-0001',
  kind: 'pupil',
  school: { name: 'Dr. Nassau College', city: 'Assen', signatoryRole: 'stagecoördinator' },
  company: { name: 'Café De Zwaan', address: 'Brink 4, 9401 HS Assen', city: 'Assen' },
  participant: {
    firstName: 'Zoë',
    surname: 'de Vries',
    className: '3B',
    level: 'vmbo-kb',
    isMinor: true,
  },
  place: {
    title: 'Keukenhulp',
    offerType: 'internship',
    startsOn: '2027-03-09',
    endsOn: '2027-04-01',
    weekdays: [4, 1, 2, 3],
    dayStarts: '08:00',
    dayEnds: '16:00',
    whatToBring: 'Zwarte schoenen en een schort.',
  },
  supervisor: { name: 'Joël Bakker', email: 'joel@dezwaan.nl', phone: '0592 123456' },
  ...over,
});

const aSignature = (party: AgreementSignature['party'], typedName: string, signedAt: string) =>
  ({ party, typedName, signedAt, consent: true }) as const;

describe('requiredParties', () => {
  it('when the pupil is a minor, then a guardian signs too', () => {
    expect(requiredParties(anAgreement())).toEqual(['school', 'company', 'pupil', 'guardian']);
  });

  it('when the pupil is an adult, then three parties sign', () => {
    const adult = anAgreement({ participant: { ...anAgreement().participant, isMinor: false } });
    expect(requiredParties(adult)).toEqual(['school', 'company', 'pupil']);
  });

  it('when it is a teacher internship, then school, company and teacher sign', () => {
    const teacher = anAgreement({ kind: 'teacher' });
    expect(requiredParties(teacher)).toEqual(['school', 'company', 'teacher']);
  });

  it('when some parties signed, then the others are unsigned', () => {
    const signed = [aSignature('company', 'J. Bakker', '2027-02-01T09:00:00Z')];
    expect(unsignedParties(anAgreement(), signed)).toEqual(['school', 'pupil', 'guardian']);
  });
});

describe('agreementText', () => {
  const text = agreementText(anAgreement());

  it('when built from the Dutch template, then it names the parties, period, days and place', () => {
    expect(text.split('\n')[0]).toBe('Stageovereenkomst');
    expect(text).toContain(
      '1. Dr. Nassau College te Assen, vertegenwoordigd door de stagecoördinator',
    );
    expect(text).toContain('2. Café De Zwaan, Brink 4, 9401 HS Assen, hierna: het leerbedrijf');
    expect(text).toContain(
      '3. Zoë de Vries, leerling van Dr. Nassau College, klas 3B, niveau vmbo-kb',
    );
    expect(text).toContain('4. een ouder of verzorger van de stagiair');
    expect(text).toContain('van dinsdag 9 maart 2027 tot en met donderdag 1 april 2027');
    expect(text).toContain('op maandag t/m donderdag, van 08:00 tot 16:00 uur');
    expect(text).toContain('Joël Bakker (joel@dezwaan.nl, tel. 0592 123456)');
    expect(text).toContain('Zwarte schoenen en een schort.');
    expect(text).toContain('Keukenhulp (stage), regio Drenthe');
  });

  it('when built, then it has the standard clauses', () => {
    for (const heading of ['Verzekering', 'Geheimhouding', 'Begeleiding', 'Privacy'])
      expect(text).toMatch(new RegExp(`^Artikel \\d+ – ${heading}`, 'm'));
    expect(text).toContain('tussentijds beëindigen');
    expect(text).toContain('automatisch gewist');
  });

  it('when every placeholder is filled, then no braces remain', () => {
    expect(text).not.toMatch(/[{}]/);
  });

  it('when the same data is given twice, then text and hash are identical', () => {
    const again = agreementText(structuredClone(anAgreement()));
    expect(again).toBe(text);
    expect(agreementHash(again)).toBe(agreementHash(text));
  });

  it('when a detail changes, then the hash changes', () => {
    const other = anAgreement({ place: { ...anAgreement().place, dayEnds: '15:30' } });
    expect(agreementHash(agreementText(other))).not.toBe(agreementHash(text));
  });

  it('when the pupil is an adult, then no guardian is a party', () => {
    const adult = agreementText(
      anAgreement({ participant: { ...anAgreement().participant, isMinor: false } }),
    );
    expect(adult).not.toContain('4. ');
    expect(adult).not.toContain('meetekent');
  });

  it('when it is a teacher internship, then the teacher is the stagiair and no class shows', () => {
    const teacher = agreementText(
      anAgreement({
        kind: 'teacher',
        place: { ...anAgreement().place, offerType: 'teacher_internship' },
        participant: {
          firstName: 'Anneke',
          surname: 'Mulder',
          className: null,
          level: null,
          isMinor: false,
        },
      }),
    );
    expect(teacher).toContain(
      '3. Anneke Mulder, docent van Dr. Nassau College, hierna: de stagiair',
    );
    expect(teacher).toContain('(docentenstage)');
    expect(teacher).not.toMatch(/klas –|niveau –|ouder of verzorger van de stagiair/);
  });

  it('when the region has its own template, then its text is filled instead', () => {
    const custom = agreementText(
      anAgreement({
        template:
          'Overeenkomst {region.name}\r\n{participant.fullName} ({participant.role}) bij {company.name}\r\n' +
          'Vanaf {place.startsOn}. Klas {participant.className}. Onbekend: {pupil.bsn} en {x}.',
      }),
    );
    expect(custom).toBe(
      'Overeenkomst Drenthe\nZoë de Vries (leerling) bij Café De Zwaan\n' +
        'Vanaf dinsdag 9 maart 2027. Klas 3B. Onbekend: {pupil.bsn} en {x}.',
    );
  });

  it('when a value looks like a placeholder or a field is empty, then it is not expanded', () => {
    const sneaky = agreementText(
      anAgreement({
        template: '{place.title}|{supervisor.phone}|{school.city}',
        place: { ...anAgreement().place, title: '{participant.surname}' },
        supervisor: { name: 'X', email: 'x@y.nl', phone: null },
        school: { ...anAgreement().school, city: '  ' },
      }),
    );
    expect(sneaky).toBe('{participant.surname}|–|–');
  });

  it('when a template uses every listed placeholder, then each one is filled', () => {
    expect(agreementPlaceholders).toContain('participant.fullName');
    expect(agreementPlaceholders).toContain('parties');
    const all = agreementPlaceholders.map((name) => `{${name}}`).join('\n');
    expect(agreementText(anAgreement({ template: all }))).not.toMatch(/[{}]/);
  });
});

describe('dutchWeekdays', () => {
  it.each([
    [[1, 2, 3, 4, 5], 'maandag t/m vrijdag'],
    [[1, 3], 'maandag en woensdag'],
    [[1, 2], 'maandag en dinsdag'],
    [[5, 1, 2, 3, 3], 'maandag t/m woensdag en vrijdag'],
    [[2, 4, 6], 'dinsdag, donderdag en zaterdag'],
    [[7], 'zondag'],
    [[0, 8], 'dagen in overleg met het leerbedrijf'],
  ])('when the days are %j, then they read "%s"', (days, expected) => {
    expect(dutchWeekdays(days)).toBe(expected);
  });
});

describe('agreementHash', () => {
  it('when hashing Dutch text, then it is the SHA-256 of its UTF-8 bytes', () => {
    // printf %s 'Stageovereenkomst – beëindigen “€”' | sha256sum
    expect(agreementHash('Stageovereenkomst – beëindigen “€”')).toBe(
      '3fa3f4518c2c5a83abb53a76de3e1524dab26eed9e11378c311267e22b60d117',
    );
  });
});

describe('signatureRows', () => {
  it('when some parties signed, then each required party has a row with name and Amsterdam time', () => {
    const rows = signatureRows(anAgreement(), [
      aSignature('pupil', 'Zoë de Vries', '2027-02-02T10:15:00Z'),
      aSignature('pupil', 'later duplicate', '2027-02-03T10:15:00Z'),
      aSignature('teacher', 'not a party here', '2027-02-02T10:15:00Z'),
      aSignature('school', 'M. Jansen', '2027-07-01T07:30:00Z'),
    ]);
    expect(rows.map((r) => [r.party, r.label, r.partyName, r.typedName, r.signedAtText])).toEqual([
      ['school', 'School', 'Dr. Nassau College', 'M. Jansen', 'donderdag 1 juli 2027 om 09:30'],
      ['company', 'Leerbedrijf', 'Café De Zwaan', null, null],
      ['pupil', 'Leerling', 'Zoë de Vries', 'Zoë de Vries', 'dinsdag 2 februari 2027 om 11:15'],
      ['guardian', 'Ouder of verzorger', null, null, null],
    ]);
  });
});
