import type { Database, Transaction } from '@stagebureau/db';
import {
  isBureau,
  localDateOf,
  placementPhase,
  type Actor,
  type PlaceOfferType,
  type PlacementView,
} from '@stagebureau/domain';
import { readParticipants } from './participants/service';
import { findPlacements, signaturesOf, type PlacementFilter } from './repo';

/** Placements as this actor may see them: the participant through the privacy view. */
export async function presentPlacements(
  db: Database | Transaction,
  actor: Actor,
  filter: PlacementFilter,
  now: Date,
): Promise<PlacementView[]> {
  const rows = await findPlacements(db, actor.regionId, filter);
  const people = new Map(
    (
      await readParticipants(db, actor, [
        ...new Set(rows.map((row) => row.placement.participantId)),
      ])
    ).map((view) => [view.id, view]),
  );
  const signatures = await signaturesOf(
    db,
    rows.map((row) => row.placement.id),
  );
  const today = localDateOf(now);
  const party = isBureau(actor.role) ? null : actor.organisationId;
  return rows.map(({ placement, ...row }) => {
    const sees = party === placement.schoolId || party === placement.companyId;
    return {
      id: placement.id,
      status: placement.status,
      phase: placementPhase(placement.status, placement, today),
      bookingId: placement.bookingId,
      place: {
        id: placement.placeId,
        title: row.placeTitle,
        type: row.placeType as PlaceOfferType,
        companyId: placement.companyId,
        companyName: row.companyName,
        city: row.placeCity,
      },
      schoolId: placement.schoolId,
      schoolName: row.schoolName,
      participant: people.get(placement.participantId)!,
      startsOn: placement.startsOn,
      endsOn: placement.endsOn,
      declineReason: placement.declineReason,
      roundId: placement.roundId,
      preferenceRank: placement.preferenceRank,
      agreementHash: placement.agreementHash,
      signatures: signatures
        .filter((signature) => signature.placementId === placement.id)
        .map((signature) => ({
          party: signature.party,
          signed: signature.signedAt !== null,
          signedAt: signature.signedAt?.toISOString() ?? null,
          typedName: sees ? signature.typedName : null,
        })),
      confirmedHours: row.confirmedHours,
      createdAt: placement.createdAt.toISOString(),
    };
  });
}
