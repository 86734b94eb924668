import { offerTypeLabels, type Language, type OfferType } from '../../vocabulary';
import type { ActivityFacts, BookingFacts } from '../facts';
import { formatSpan } from '../format';
import type { Audience } from '../kinds';

/** A message before layout: plain strings only; the layout escapes them for HTML. */
export interface MessageBody {
  subject: string;
  intro: string[];
  details: [label: string, value: string][];
  /** Web app path (starting with /) or an absolute URL. */
  link: string;
  linkLabel: string;
  /** Booking id when an `.ics` download belongs to the message. */
  icsBookingId?: string | null;
}

export interface TemplateInput<F> {
  facts: F;
  language: Language;
  audience: Audience;
}

/** Picks the Dutch or English text. */
export const say =
  (language: Language) =>
  (nl: string, en: string): string =>
    language === 'nl' ? nl : en;

/** An offer type's name mid-sentence ("je bedrijfsbezoek"). */
export const offerTypeLabel = (type: OfferType, language: Language) =>
  offerTypeLabels[type][language].toLowerCase();

/** The lines every message about one activity shows. */
export function activityDetails(activity: ActivityFacts, language: Language): [string, string][] {
  const t = say(language);
  const where =
    activity.locationKind === 'online'
      ? t('online', 'online')
      : activity.locationKind === 'at_school'
        ? t('op school', 'at the school')
        : (activity.address ?? t('bij het bedrijf', 'at the company'));
  return [
    [
      t('Activiteit', 'Activity'),
      `${activity.offerTitle} (${offerTypeLabel(activity.offerType, language)})`,
    ],
    [t('Bedrijf', 'Company'), activity.companyName],
    [t('Wanneer', 'When'), formatSpan(activity.startsAt, activity.endsAt, language)],
    [t('Waar', 'Where'), where],
  ];
}

/** The booking's lines; the company also reads the school's note for it, when there is one. */
export function bookingDetails(
  booking: BookingFacts,
  language: Language,
  audience: Audience,
): [string, string][] {
  const t = say(language);
  const note = audience === 'company' ? booking.note.trim() : '';
  return [
    ...activityDetails(booking, language),
    [t('School', 'School'), booking.schoolName],
    [t('Klas', 'Class'), `${booking.className} (${booking.seats} ${t('plaatsen', 'seats')})`],
    ...(note
      ? [[t('Opmerking van de school', 'Note from the school'), note] as [string, string]]
      : []),
  ];
}

/** Where a booking lives in the web app for this side of the product. */
export const bookingLink = (booking: BookingFacts, audience: Audience) =>
  audience === 'company'
    ? `/bedrijf/sessies/${booking.sessionId}`
    : `/school/boekingen/${booking.bookingId}`;
