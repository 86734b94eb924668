import { and, asc, eq, gte, lt, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { bookings, classes, offers, organisations, type Database } from '@stagebureau/db';
import type { Actor, BookingExportRow } from '@stagebureau/domain';
import { visibleTo } from './read';

const school = alias(organisations, 'export_school');
const company = alias(organisations, 'export_company');

/**
 * The class bookings an actor may see whose session starts in [from, until), for the bookings
 * export (issue 21). A pupil's or teacher's placement is left out: the placements export lists
 * those, one per participant.
 */
export async function bookingsForExport(
  db: Database,
  actor: Actor,
  period: { from: Date; until: Date },
): Promise<BookingExportRow[]> {
  return db
    .select({
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      schoolName: school.name,
      className: classes.name,
      educationLevel: classes.educationLevel,
      companyName: company.name,
      offerTitle: offers.title,
      offerType: offers.type,
      status: bookings.status,
      seats: bookings.seats,
      teachers: bookings.teachers,
      statusReason: bookings.statusReason,
      createdAt: bookings.createdAt,
    })
    .from(bookings)
    .innerJoin(offers, eq(offers.id, bookings.offerId))
    .innerJoin(school, eq(school.id, bookings.schoolId))
    .innerJoin(company, eq(company.id, offers.organisationId))
    .innerJoin(classes, eq(classes.id, bookings.classId))
    .where(
      and(
        visibleTo(actor),
        ne(offers.bookingMode, 'placement'),
        gte(bookings.startsAt, period.from),
        lt(bookings.startsAt, period.until),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(school.name), asc(classes.name));
}
