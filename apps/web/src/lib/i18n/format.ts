import { timeZone, type Language } from '@stagebureau/domain';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const formatter = (language: Language, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locales[language], { timeZone, ...options });

/** Dates and times always on Amsterdam's wall clock, whatever the server's or browser's zone. */
export function formatDate(iso: string | Date, language: Language = 'nl'): string {
  return formatter(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

export function formatDateTime(iso: string | Date, language: Language = 'nl'): string {
  return formatter(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatTime(iso: string | Date, language: Language = 'nl'): string {
  return formatter(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "di 3 maart 2026, 09:00–12:00" for a session's start and end on one day. */
export function formatRange(startsAt: string, endsAt: string, language: Language = 'nl'): string {
  const sameDay = formatDate(startsAt, language) === formatDate(endsAt, language);
  if (sameDay) return `${formatDateTime(startsAt, language)}–${formatTime(endsAt, language)}`;
  return `${formatDateTime(startsAt, language)} – ${formatDateTime(endsAt, language)}`;
}

export function formatEuro(amount: number, language: Language = 'nl'): string {
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency: 'EUR' }).format(
    amount,
  );
}

/** "maart 2026": the name of a month (`month` 1–12) and its year. */
export function formatMonth(year: number, month: number, language: Language = 'nl'): string {
  return new Intl.DateTimeFormat(locales[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** A plain number with at most two decimals: "11,75" in Dutch, "11.75" in English. */
export function formatNumber(value: number, language: Language = 'nl'): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 }).format(value);
}
