import { redirect } from '@sveltejs/kit';
import { areaOf } from '$lib/navigation';

/**
 * E-mails and calendar events link to one item (`/boekingen/<id>`, `/bedrijf/sessies/<id>`,
 * …). Items are shown in their area's list, so a deep link lands on the list at the item.
 */
export const bookingListAnchor = (id: string) => `/school/boekingen#boeking-${id}`;
export const sessionListAnchor = (id: string) => `/bedrijf/sessies#sessie-${id}`;
export const proposalListAnchor = (id: string) => `/bedrijf/aanvragen#aanvraag-${id}`;

/** A booking link from a calendar event, for whoever follows it. */
export function bookingLinkFor(role: Parameters<typeof areaOf>[0], bookingId: string): never {
  const targets: Record<ReturnType<typeof areaOf>, string> = {
    school: bookingListAnchor(bookingId),
    company: '/bedrijf/sessies',
    bureau: `/bureau/audit?entity=booking&entityId=${encodeURIComponent(bookingId)}`,
    public: '/',
  };
  redirect(303, targets[areaOf(role)]);
}
