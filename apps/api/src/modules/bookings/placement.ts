import { and, eq } from 'drizzle-orm';
import { bookings, classes, conflicts, type Transaction } from '@stagebureau/db';
import {
  availabilityOf,
  blackoutsOverlapping,
  bookingOpensAt,
  capsFor,
  checkCaps,
  DomainError,
  fitsAudience,
  isBureau,
  isOversubscribed,
  localDateOf,
  placeBooking,
  seasonOf,
  type Actor,
  type CreateBooking,
  type HolidayRegion,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { listBlackouts, toBlackoutPeriod } from '../blackouts/repo';
import { raiseConflict } from '../conflicts/raise';
import { notifyBookingChange } from '../notifications/bookingEvents';
import { orThrow } from './apply';
import {
  demandSeats,
  findSessionWithOffer,
  isClassOverlap,
  loadRegion,
  lockSchool,
  lockSession,
  schoolUsage,
  takeSeats,
  type BookingRow,
} from './repo';

/**
 * A school books a session for one class (DESIGN §4–§6), in the caller's transaction:
 * check what needs no lock, lock the school (caps), lock the session (seats, arrival order),
 * decide with the domain ladder, take the seats with a conditional update, insert, audit,
 * raise conflicts. Every refusal is a DomainError, so the caller's savepoint rolls back.
 */
export async function placeNewBooking(
  tx: Transaction,
  actor: Actor,
  input: CreateBooking,
  now: Date,
): Promise<BookingRow> {
  const found = await findSessionWithOffer(tx, actor.regionId, input.sessionId);
  const [schoolClass] = await tx
    .select()
    .from(classes)
    .where(and(eq(classes.regionId, actor.regionId), eq(classes.id, input.classId)));
  if (!schoolClass) throw new DomainError('not_found', 'class not found');
  authorise(actor, 'booking.create', {
    regionId: actor.regionId,
    organisationId: schoolClass.organisationId,
  });
  const schoolId = schoolClass.organisationId;
  if (!found || found.offer.status === 'draft')
    throw new DomainError('not_found', 'session not found');
  const { session, offer } = found;
  if (session.schoolId && session.schoolId !== schoolId)
    throw new DomainError('not_found', 'session not found');
  if (schoolClass.archivedAt) throw new DomainError('validation_failed', 'the class is archived');
  if (input.seats !== undefined && input.seats !== schoolClass.size) {
    throw new DomainError(
      'validation_failed',
      `a class is booked as one unit: seats must be ${schoolClass.size}`,
      {
        errors: [{ path: 'body.seats', message: `must equal the class size ${schoolClass.size}` }],
      },
    );
  }
  const seats = schoolClass.size;
  orThrow(fitsAudience(offer, schoolClass));
  const region = (await loadRegion(tx, actor.regionId))!;
  const opensAt = bookingOpensAt(offer, region.settings, session);
  const rules = { opensAt, waitlistEnabled: offer.waitlistEnabled };
  if (offer.status !== 'published')
    throw new DomainError('booking_window_closed', 'the offer is archived', { opensAt: null });
  // Early out without locks for what no concurrent writer can change back.
  orThrow(
    placeBooking(
      availabilityOf({ ...session, capacity: Infinity }, rules, now, seats),
      offer,
      opensAt,
    ),
  );
  const blackouts = await affectingBlackouts(tx, actor.regionId, session, {
    id: schoolId,
    holidayRegion: region.holidayRegion as HolidayRegion,
  });

  if (!(await lockSchool(tx, actor.regionId, schoolId))) throw new DomainError('not_found');
  const usage = await schoolUsage(
    tx,
    { regionId: actor.regionId, schoolId, sessionId: session.id, offerId: offer.id },
    seasonOf(session.startsAt),
  );
  if (input.overrideCaps && !isBureau(actor.role)) {
    throw new DomainError('forbidden', 'only the bureau may override caps');
  }
  const capCheck = checkCaps(capsFor(region.settings, offer), usage, seats);
  if (!input.overrideCaps) orThrow(capCheck);

  const locked = (await lockSession(tx, actor.regionId, session.id))!;
  const status = orThrow(placeBooking(availabilityOf(locked, rules, now, seats), offer, opensAt));
  if (status !== 'waitlisted' && !(await takeSeats(tx, session.id, seats))) {
    throw new DomainError('session_full');
  }
  let booking: BookingRow;
  try {
    [booking] = (await tx
      .insert(bookings)
      .values({
        regionId: actor.regionId,
        sessionId: session.id,
        offerId: offer.id,
        schoolId,
        classId: schoolClass.id,
        seats,
        teachers: input.teachers,
        note: input.note,
        status,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        createdBy: actor.userId,
        statusChangedBy: actor.userId,
      })
      .returning()) as [BookingRow];
  } catch (error) {
    if (isClassOverlap(error)) throw new DomainError('class_busy');
    throw error;
  }
  const audit = auditActorOf(actor);
  await notifyBookingChange(tx, actor.role, null, booking, 'booking.created');
  await recordAudit(tx, audit, {
    entity: 'booking',
    entityId: booking.id,
    action: 'booking.created',
    after: { status, seats, sessionId: session.id, classId: schoolClass.id },
    reason: input.overrideCaps && !capCheck.ok ? `caps overridden: ${capCheck.detail}` : null,
  });
  if (blackouts.length > 0) {
    await raiseConflict(tx, {
      regionId: actor.regionId,
      type: 'blackout_overlap',
      sessionId: session.id,
      offerId: offer.id,
      schoolId,
      bookingIds: [booking.id],
      details: { blackouts: blackouts.map(({ id, kind, name }) => ({ id, kind, name })) },
    });
  }
  await raiseOversubscribedOnce(tx, locked, region.settings.oversubscriptionRatio);
  return booking;
}

async function affectingBlackouts(
  tx: Transaction,
  regionId: string,
  session: { startsAt: Date; endsAt: Date },
  school: { id: string; holidayRegion: HolidayRegion },
) {
  const from = localDateOf(session.startsAt);
  const to = localDateOf(new Date(session.endsAt.getTime() - 1));
  const rows = await listBlackouts(tx, regionId, { from, to });
  return blackoutsOverlapping(session, rows.map(toBlackoutPeriod), school);
}

/** One open `oversubscribed` conflict per session; the session lock makes "once" hold. */
async function raiseOversubscribedOnce(
  tx: Transaction,
  session: { id: string; regionId: string; offerId: string; capacity: number },
  ratio: number,
) {
  const demand = await demandSeats(tx, session.id);
  if (!isOversubscribed(demand, session.capacity, ratio)) return;
  const [open] = await tx
    .select({ id: conflicts.id })
    .from(conflicts)
    .where(
      and(
        eq(conflicts.sessionId, session.id),
        eq(conflicts.type, 'oversubscribed'),
        eq(conflicts.status, 'open'),
      ),
    )
    .limit(1);
  if (open) return;
  await raiseConflict(tx, {
    regionId: session.regionId,
    type: 'oversubscribed',
    sessionId: session.id,
    offerId: session.offerId,
    details: { demandSeats: demand, capacity: session.capacity, ratio },
  });
}
