import { timeZone, type Language } from '../vocabulary';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const dateTimeFormats = {
  nl: new Intl.DateTimeFormat(locales.nl, { timeZone, dateStyle: 'full', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat(locales.en, { timeZone, dateStyle: 'full', timeStyle: 'short' }),
};
const timeFormats = {
  nl: new Intl.DateTimeFormat(locales.nl, { timeZone, timeStyle: 'short' }),
  en: new Intl.DateTimeFormat(locales.en, { timeZone, timeStyle: 'short' }),
};
/** The local day; built once (toLocaleDateString builds a formatter per call: bench profile). */
const localDay = new Intl.DateTimeFormat('en-CA', { timeZone });

/** "dinsdag 3 maart 2026 om 09:00" / "Tuesday 3 March 2026 at 09:00", Amsterdam time. */
export const formatDateTime = (iso: string, language: Language): string =>
  dateTimeFormats[language].format(new Date(iso));

/** A start–end span: the end's date is left out when it is the same local day. */
export function formatSpan(startsAt: string, endsAt: string, language: Language): string {
  const start = formatDateTime(startsAt, language);
  const sameDay = localDay.format(new Date(startsAt)) === localDay.format(new Date(endsAt));
  const end = sameDay
    ? timeFormats[language].format(new Date(endsAt))
    : formatDateTime(endsAt, language);
  return `${start} – ${end}`;
}

const dateFormats = {
  nl: new Intl.DateTimeFormat(locales.nl, { timeZone: 'UTC', dateStyle: 'full' }),
  en: new Intl.DateTimeFormat(locales.en, { timeZone: 'UTC', dateStyle: 'full' }),
};

/** A calendar date (`YYYY-MM-DD`, already local): "maandag 8 februari 2027". */
export const formatDate = (date: string, language: Language): string =>
  dateFormats[language].format(new Date(`${date}T12:00:00Z`));
