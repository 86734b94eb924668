import type { Database } from '@stagebureau/db';
import {
  DomainError,
  checkPlaceTerms,
  isBureau,
  localDateOf,
  placePeriod,
  type Actor,
  type CreatePlace,
  type Place,
  type PlaceListQuery,
} from '@stagebureau/domain';
import { authorise } from '../../../plugins/auth';
import { auditActorOf, recordAudit } from '../../audit/record';
import { orThrow } from '../../bookings';
import { requireCompliance } from '../../compliance/documents';
import { addPlaceOffer } from '../../offers/service';
import { originOf } from '../../geography/service';
import { findOrganisation } from '../../organisations/service';
import { toPlace } from './present';
import { findPlace, insertPlace, listPlaces } from './repo';

/**
 * A company publishes an internship place for one period: its offer (booking mode
 * `placement`), the period as the offer's one session with a seat per place, and the place's
 * own details — in one transaction. Bureau staff name the company in `?companyId=`.
 */
export async function createPlace(
  db: Database,
  actor: Actor,
  input: CreatePlace,
  onBehalfOf: string | undefined,
  now: Date,
): Promise<Place> {
  const companyId = isBureau(actor.role) ? onBehalfOf : actor.organisationId;
  if (!companyId)
    throw new DomainError('validation_failed', 'bureau staff pass ?companyId= of the company', {
      errors: [{ path: 'querystring.companyId', message: 'required for bureau staff' }],
    });
  authorise(actor, 'place.write', { regionId: actor.regionId, organisationId: companyId });
  orThrow(checkPlaceTerms(input, localDateOf(now)));
  const company = await findOrganisation(db, actor.regionId, companyId);
  if (!company || company.kind !== 'company')
    throw new DomainError('not_found', 'company not found');
  // A place is published as it is made: only with the documents its type requires (issue 18).
  await requireCompliance(db, { regionId: actor.regionId, companyId, offerType: input.type }, now);
  const id = await db.transaction(async (tx) => {
    const { offer, session } = await addPlaceOffer(
      tx,
      {
        regionId: actor.regionId,
        organisationId: companyId,
        type: input.type,
        title: input.title,
        description: input.description,
        levels: input.levels,
        schoolYears: input.schoolYears,
        vmboProfiles: input.vmboProfiles,
        sectorTags: input.sectorTags,
        locationKind: 'at_company',
        street: input.street,
        postcode: input.postcode,
        city: input.city,
        durationMinutes: 60 * 8,
        requirements: input.whatToBring,
        contactName: input.supervisor.name,
        contactEmail: input.supervisor.email,
        contactPhone: input.supervisor.phone,
      },
      { ...placePeriod(input), places: input.places },
    );
    const place = await insertPlace(tx, {
      regionId: actor.regionId,
      companyId,
      offerId: offer.id,
      sessionId: session.id,
      weekdays: [...new Set(input.weekdays)].sort(),
      dayStarts: input.dayStarts,
      dayEnds: input.dayEnds,
      supervisorName: input.supervisor.name,
      supervisorEmail: input.supervisor.email,
      supervisorPhone: input.supervisor.phone,
      whatToBring: input.whatToBring,
    });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'internship_place',
      entityId: place.id,
      action: 'created',
      after: { offerId: offer.id, sessionId: session.id, places: input.places },
    });
    return place.id;
  });
  return getPlace(db, actor, id);
}

export async function getPlace(db: Database, actor: Actor, id: string): Promise<Place> {
  authorise(actor, 'place.read', { regionId: actor.regionId, organisationId: null });
  const row = await findPlace(db, actor.regionId, id);
  if (!row) throw new DomainError('not_found');
  return toPlace(row);
}

export async function searchPlaces(
  db: Database,
  actor: Actor,
  query: PlaceListQuery,
  now: Date,
): Promise<Place[]> {
  authorise(actor, 'place.read', { regionId: actor.regionId, organisationId: null });
  const endingAfter = query.from ? new Date(`${query.from}T00:00:00Z`) : now;
  const origin = await originOf(db, actor.regionId, query);
  const rows = await listPlaces(db, actor.regionId, { ...query, endingAfter, origin });
  return rows.map((row) => toPlace(row, row.distanceKm));
}
