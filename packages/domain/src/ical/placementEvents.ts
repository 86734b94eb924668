import { formatDate } from '../notifications/format';
import type { ParticipantKind, PlacementStatus } from '../placements/vocabulary';
import type { SessionStatus } from '../vocabulary';
import type { CalendarEvent, FeedOffer } from './feedItems';
import { placementRecurrence } from './recurrence';
import { contactLine, offerTypeLabelsNl, paragraph, placeOf } from './text';

/**
 * Placement statuses that put a placement in a calendar: from the company's acceptance on.
 * A proposal is not yet a commitment (like a requested booking); a declined or cancelled one
 * stays as `STATUS:CANCELLED` for the feeds' retention, like other cancelled items.
 */
export const feedPlacementStatuses = [
  'accepted',
  'signed',
  'completed',
  'declined',
  'cancelled',
] as const satisfies readonly PlacementStatus[];
const cancelledPlacementStatuses: readonly PlacementStatus[] = ['declined', 'cancelled'];

/**
 * One placement as a feed or year plan shows it. No participant's name: a feed is a shareable
 * URL, so a pupil is "klas 3KB, 1 leerling" and a teacher "docentenstage".
 */
export interface PlacementItem {
  placement: { id: string; status: PlacementStatus; startsOn: string; endsOn: string };
  booking: { id: string; sequence: number; statusReason: string | null };
  session: {
    id: string;
    startsAt: Date;
    endsAt: Date;
    status: SessionStatus;
    cancelReason: string | null;
    sequence: number;
  };
  place: { id: string; weekdays: number[]; dayStarts: string; dayEnds: string };
  offer: FeedOffer;
  participant: { kind: ParticipantKind; className: string | null };
  schoolName: string;
  changedAt: Date;
}

/** Who reads the event: the school (it shows the company) or the company (it shows the school). */
export type PlacementAudience = 'school' | 'company';

export const placementUid = (placementId: string) => `placement-${placementId}@stagebureau.nl`;

export const placementLinks: Record<PlacementAudience, (webUrl: string, id: string) => string> = {
  school: (webUrl, id) => `${webUrl}/school/stages/plaatsing/${id}`,
  company: (webUrl, id) => `${webUrl}/bedrijf/stageplaatsen/plaatsing/${id}`,
};

export const weekdayNamesNl = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

/** "klas 3KB, 1 leerling" or "docentenstage": who goes, without a name. */
export function placementWho(participant: PlacementItem['participant']): string {
  if (participant.kind === 'teacher') return 'docentenstage';
  return participant.className ? `klas ${participant.className}, 1 leerling` : '1 leerling';
}

export const isCancelledPlacement = (item: Pick<PlacementItem, 'placement' | 'session'>) =>
  cancelledPlacementStatuses.includes(item.placement.status) || item.session.status === 'cancelled';

/**
 * A placement as ONE event: the first working day's hours repeated weekly on the place's
 * weekdays until the last working day (`rrule`), so a calendar shows the working days and not a
 * block across weeks and nights. SEQUENCE is the booking's plus the session's: both only grow.
 */
export function placementEvent(
  item: PlacementItem,
  audience: PlacementAudience,
  webUrl: string,
): CalendarEvent {
  const { placement, offer, session } = item;
  const cancelled = isCancelledPlacement(item);
  const reason = item.booking.statusReason ?? session.cancelReason;
  const label = offerTypeLabelsNl[offer.type];
  const other = audience === 'school' ? offer.companyName : item.schoolName;
  const who = placementWho(item.participant);
  const url = placementLinks[audience](webUrl, placement.id);
  const place = placeOf(offer, null);
  const recurrence = placementRecurrence({ ...placement, ...item.place });
  const days = [...item.place.weekdays]
    .sort((a, b) => a - b)
    .map((day) => weekdayNamesNl[day - 1])
    .join(', ');
  return {
    uid: placementUid(placement.id),
    sequence: item.booking.sequence + session.sequence,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    summary: `${cancelled ? 'Geannuleerd: ' : ''}${label}: ${offer.title} – ${other}`,
    description: paragraph([
      cancelled && `GEANNULEERD${reason ? `: ${reason}` : ''}`,
      `${label} bij ${offer.companyName}`,
      `Wie: ${audience === 'company' ? `${item.schoolName}, ` : ''}${who}`,
      `Periode: ${formatDate(placement.startsOn, 'nl')} t/m ${formatDate(placement.endsOn, 'nl')}`,
      `Werkdagen: ${days}, ${item.place.dayStarts}–${item.place.dayEnds}`,
      audience === 'school' && offer.requirements && `Meenemen: ${offer.requirements}`,
      `Praktijkbegeleider: ${contactLine(offer)}`,
      place.location && `Locatie: ${place.location}`,
      `Bekijk in Stagebureau: ${url}`,
    ]),
    ...place,
    start: recurrence?.start ?? session.startsAt,
    end: recurrence?.end ?? session.endsAt,
    rrule: recurrence?.rrule ?? null,
    stamp: item.changedAt,
    url,
  };
}
