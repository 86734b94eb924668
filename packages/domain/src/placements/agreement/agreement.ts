import { sha256Hex } from '../../allocation/sha256';
import { formatDate } from '../../notifications/format';
import { offerTypeLabel } from '../../notifications/templates/message';
import { offerTypes, type OfferType } from '../../vocabulary';
import { defaultAgreementTemplate } from './template';

/**
 * The three-party internship agreement (stageovereenkomst): who signs, the exact text that is
 * signed, and its SHA-256. Rendering (PDF) and storage live in the API.
 */
export const agreementParties = ['school', 'company', 'pupil', 'guardian'] as const;
/** Teacher internships (docentenstage) are signed by the school, the company and the teacher. */
export type AgreementParty = (typeof agreementParties)[number] | 'teacher';

export interface AgreementData {
  regionName: string;
  placementId: string;
  kind: 'pupil' | 'teacher';
  /** `signatoryRole`: who signs for the school, e.g. "stagecoördinator". */
  school: { name: string; city: string | null; signatoryRole: string };
  company: { name: string; address: string; city: string | null };
  participant: {
    firstName: string;
    surname: string;
    className: string | null;
    level: string | null;
    isMinor: boolean;
  };
  place: {
    title: string;
    offerType: string;
    /** `YYYY-MM-DD`, Amsterdam calendar dates. */
    startsOn: string;
    endsOn: string;
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    weekdays: number[];
    /** `HH:MM` */
    dayStarts: string;
    dayEnds: string;
    whatToBring: string;
  };
  supervisor: { name: string; email: string; phone: string | null };
  /** The region's own clauses (see `template.ts` for the placeholders); null: the built-in text. */
  template?: string | null;
}

export interface AgreementSignature {
  party: AgreementParty;
  typedName: string;
  /** ISO instant. */
  signedAt: string;
  consent: true;
}

/** Pupil: school, company, pupil, and a guardian when the pupil is a minor. Teacher: three. */
export function requiredParties(
  data: Pick<AgreementData, 'kind' | 'participant'>,
): AgreementParty[] {
  if (data.kind === 'teacher') return ['school', 'company', 'teacher'];
  return data.participant.isMinor
    ? ['school', 'company', 'pupil', 'guardian']
    : ['school', 'company', 'pupil'];
}

const weekdayNamesNl = [
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
];

/** "maandag t/m donderdag", "maandag, woensdag en vrijdag"; runs of three or more are spans. */
export function dutchWeekdays(weekdays: readonly number[]): string {
  const days = [...new Set(weekdays)].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
  days.sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  const name = (day: number) => weekdayNamesNl[day - 1]!;
  const parts = runs.flatMap((run) =>
    run.length >= 3 ? [`${name(run[0]!)} t/m ${name(run.at(-1)!)}`] : run.map(name),
  );
  if (parts.length === 0) return 'dagen in overleg met het leerbedrijf';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

/** "Zoë de Vries": first name and surname, as on the agreement. */
export const participantFullName = (
  p: Pick<AgreementData['participant'], 'firstName' | 'surname'>,
) => `${p.firstName} ${p.surname}`.trim();

const isOfferType = (value: string): value is OfferType =>
  (offerTypes as readonly string[]).includes(value);

function partyLines(data: AgreementData): string[] {
  const { school, company, participant } = data;
  const schoolAt = school.city ? `${school.name} te ${school.city}` : school.name;
  const lines = [
    `${schoolAt}, vertegenwoordigd door de ${school.signatoryRole}, hierna: de school;`,
    `${company.name}, ${locationOf(company)}, hierna: het leerbedrijf;`,
  ];
  if (data.kind === 'teacher') {
    lines.push(
      `${participantFullName(participant)}, docent van ${school.name}, hierna: de stagiair;`,
    );
  } else {
    const klas = [
      participant.className && `klas ${participant.className}`,
      participant.level && `niveau ${participant.level}`,
    ].filter(Boolean);
    const of = klas.length ? `, ${klas.join(', ')}` : '';
    lines.push(
      `${participantFullName(participant)}, leerling van ${school.name}${of}, hierna: de stagiair;`,
    );
    if (participant.isMinor)
      lines.push(
        'een ouder of verzorger van de stagiair, die meetekent omdat de stagiair minderjarig is;',
      );
  }
  return lines.map((line, i) => `${i + 1}. ${line}`);
}

function locationOf(company: AgreementData['company']): string {
  const { address, city } = company;
  if (!city || address.toLowerCase().includes(city.toLowerCase())) return address;
  return `${address}, ${city}`;
}

/** Every placeholder's value; null and empty values show as "–". */
function placeholderValues(data: AgreementData): Record<string, string | null> {
  const { school, company, participant: p, place, supervisor } = data;
  return {
    'region.name': data.regionName,
    'placement.id': data.placementId,
    'school.name': school.name,
    'school.city': school.city,
    'school.signatoryRole': school.signatoryRole,
    'company.name': company.name,
    'company.address': company.address,
    'company.city': company.city,
    'company.location': locationOf(company),
    'participant.firstName': p.firstName,
    'participant.surname': p.surname,
    'participant.fullName': participantFullName(p),
    'participant.className': p.className,
    'participant.level': p.level,
    'participant.role': data.kind === 'teacher' ? 'docent' : 'leerling',
    'place.title': place.title,
    'place.kind': isOfferType(place.offerType)
      ? offerTypeLabel(place.offerType, 'nl')
      : place.offerType,
    'place.startsOn': formatDate(place.startsOn, 'nl'),
    'place.endsOn': formatDate(place.endsOn, 'nl'),
    'place.days': dutchWeekdays(place.weekdays),
    'place.dayStarts': place.dayStarts,
    'place.dayEnds': place.dayEnds,
    'place.whatToBring': place.whatToBring,
    'supervisor.name': supervisor.name,
    'supervisor.email': supervisor.email,
    'supervisor.phone': supervisor.phone,
    'supervisor.contact': supervisor.phone
      ? `${supervisor.email}, tel. ${supervisor.phone}`
      : supervisor.email,
    parties: partyLines(data).join('\n'),
  };
}

/** The names `{…}` a template may use (documented in `template.ts`). */
export const agreementPlaceholders: readonly string[] = Object.keys(
  placeholderValues({
    regionName: '',
    placementId: '',
    kind: 'pupil',
    school: { name: '', city: null, signatoryRole: '' },
    company: { name: '', address: '', city: null },
    participant: { firstName: '', surname: '', className: null, level: null, isMinor: false },
    place: {
      title: '',
      offerType: 'internship',
      startsOn: '2000-01-01',
      endsOn: '2000-01-01',
      weekdays: [],
      dayStarts: '',
      dayEnds: '',
      whatToBring: '',
    },
    supervisor: { name: '', email: '', phone: null },
  }),
);

const placeholder = /\{([A-Za-z]+(?:\.[A-Za-z]+)*)\}/g;

/**
 * The full Dutch text that the parties sign: the region's template (or the built-in one) with
 * its placeholders filled in one pass, so a value that looks like a placeholder stays literal.
 * Deterministic: the same data gives the same text, and so the same hash.
 */
export function agreementText(data: AgreementData): string {
  const template = (data.template ?? defaultAgreementTemplate).replace(/\r\n?/g, '\n');
  const values = placeholderValues(data);
  return template.replace(placeholder, (match, name: string) => {
    if (!Object.hasOwn(values, name)) return match;
    const value = values[name]?.trim();
    return value ? value : '–';
  });
}

/** SHA-256 of the signed text's UTF-8 bytes, lowercase hex (`sha256sum` gives the same). */
export const agreementHash = (text: string): string => sha256Hex(text);
