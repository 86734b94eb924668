import { localDateOf, roundKm, type Place, type PlaceOfferType } from '@stagebureau/domain';
import type { PlaceWithOffer } from './repo';

export function toPlace(
  { place, offer, session, companyName }: PlaceWithOffer,
  distanceKm: number | null = null,
): Place {
  return {
    id: place.id,
    offerId: offer.id,
    sessionId: session.id,
    companyId: place.companyId,
    companyName,
    type: offer.type as PlaceOfferType,
    title: offer.title,
    description: offer.description,
    levels: offer.levels as Place['levels'],
    schoolYears: offer.schoolYears,
    vmboProfiles: offer.vmboProfiles as Place['vmboProfiles'],
    sectorTags: offer.sectorTags,
    street: offer.street,
    postcode: offer.postcode,
    city: offer.city,
    startsOn: localDateOf(session.startsAt),
    endsOn: localDateOf(session.endsAt),
    weekdays: place.weekdays,
    dayStarts: place.dayStarts,
    dayEnds: place.dayEnds,
    places: session.capacity,
    taken: session.bookedSeats,
    free: Math.max(0, session.capacity - session.bookedSeats),
    supervisor: {
      name: place.supervisorName,
      email: place.supervisorEmail,
      phone: place.supervisorPhone,
    },
    whatToBring: place.whatToBring,
    cancelled: session.status === 'cancelled',
    distanceKm: distanceKm === null ? null : roundKm(distanceKm),
  };
}
