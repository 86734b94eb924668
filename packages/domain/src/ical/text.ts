import { offerTypeLabels, type OfferType } from '../vocabulary';
import type { Address, FeedBooking, FeedOffer } from './feedItems';

/** Dutch names of the offer types, as calendars show them. */
export const offerTypeLabelsNl = Object.fromEntries(
  Object.entries(offerTypeLabels).map(([type, label]) => [type, label.nl]),
) as Record<OfferType, string>;

/** "Industrieweg 1, 9401 AB Assen", or null when nothing is known. */
export function addressLine(address: Address): string | null {
  const place = [address.postcode, address.city].filter(Boolean).join(' ');
  const line = [address.street, place].filter(Boolean).join(', ');
  return line === '' ? null : line;
}

export function geoOf(address: Address | null): { lat: number; lon: number } | null {
  if (!address || address.latitude === null || address.longitude === null) return null;
  return { lat: address.latitude, lon: address.longitude };
}

/** Where an activity takes place: the company, the school, or online. */
export function placeOf(
  offer: FeedOffer,
  schoolAddress: Address | null,
): { location: string | null; geo: { lat: number; lon: number } | null } {
  if (offer.locationKind === 'online') return { location: 'Online', geo: null };
  if (offer.locationKind === 'at_school') {
    const line = schoolAddress ? addressLine(schoolAddress) : null;
    return { location: line ?? 'Op school', geo: geoOf(schoolAddress) };
  }
  const line = addressLine(offer);
  return {
    location: line ? `${offer.companyName}, ${line}` : offer.companyName,
    geo: geoOf(offer),
  };
}

export function contactLine(offer: FeedOffer): string {
  return [offer.contactName, offer.contactEmail, offer.contactPhone].filter(Boolean).join(', ');
}

export function bookingLine(booking: FeedBooking): string {
  const teachers = booking.teachers.length ? ` (begeleiders: ${booking.teachers.join(', ')})` : '';
  const who = booking.className === null ? 'docentenstage' : `klas ${booking.className}`;
  return `${booking.schoolName}, ${who}, ${seatsText(booking.seats)}${teachers}`;
}

export const seatsText = (seats: number) => (seats === 1 ? '1 plaats' : `${seats} plaatsen`);

/** Lines joined with newlines, empty ones left out. */
export const paragraph = (lines: (string | null | false)[]) =>
  lines.filter((line): line is string => typeof line === 'string' && line !== '').join('\n');
