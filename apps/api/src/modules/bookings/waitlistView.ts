import {
  DomainError,
  isBureau,
  organisationKindOf,
  unheldSeatsOf,
  type Actor,
  type Waitlist,
} from '@stagebureau/domain';
import { waitlistRows } from './read';
import { findSessionWithOffer } from './repo';

/** A session's waitlist as the actor may see it: other schools' entries stay anonymous. */
export async function waitlistFor(
  db: Parameters<typeof waitlistRows>[0],
  actor: Actor,
  sessionId: string,
): Promise<Waitlist> {
  const found = await findSessionWithOffer(db, actor.regionId, sessionId);
  if (!found) throw new DomainError('not_found');
  const { session, offer } = found;
  const isCompany = organisationKindOf(actor.role) === 'company';
  if (
    offer.status === 'draft' &&
    !isBureau(actor.role) &&
    offer.organisationId !== actor.organisationId
  ) {
    throw new DomainError('not_found');
  }
  const seesAll =
    isBureau(actor.role) || (isCompany && offer.organisationId === actor.organisationId);
  const rows = await waitlistRows(db, actor.regionId, sessionId);
  const entries = rows
    .map((row, index) => ({ row, position: index + 1 }))
    .filter(({ row }) => seesAll || row.schoolId === actor.organisationId)
    .map(({ row, position }) => ({
      bookingId: row.id,
      position,
      seats: row.seats,
      holdExpiresAt: row.holdExpiresAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      school: { id: row.schoolId, name: row.schoolName },
      className: row.className,
    }));
  return {
    sessionId,
    capacity: session.capacity,
    freeSeats: unheldSeatsOf(session),
    length: rows.length,
    waitingSeats: rows.reduce((sum, row) => sum + row.seats, 0),
    entries,
  };
}
