import type { Database } from '@stagebureau/db';
import {
  bookingEvent,
  companyPlanEntry,
  placementEvent,
  placementPlanEntry,
  schoolPlanEntry,
  schoolYearRange,
  sessionEvent,
  yearPlanBookingStatuses,
  yearPlanCalendarName,
  yearPlanPlacementStatuses,
  yearPlanOf,
  type Actor,
  type CalendarEvent,
  type CalendarFeed,
  type OrganisationKind,
  type YearPlan,
  type YearPlanEntry,
} from '@stagebureau/domain';
import { loadCompanySessionsStarting, loadSchoolBookingsStarting } from '../feeds/service';
import { organisationFor } from '../organisations/service';
import { placementItems } from '../placements/readModels';

/** The plan's entries and their calendar events, from the same loaded items. */
interface LoadedPlan {
  organisation: YearPlan['organisation'];
  entries: YearPlanEntry[];
  events: (webUrl: string) => CalendarEvent[];
}

/**
 * Loads what a company or school committed to in a school year, for a caller who may see it:
 * a company or school its own, the bureau any in its region; anything else answers 404.
 */
async function loadPlan(
  db: Database,
  actor: Actor,
  kind: OrganisationKind,
  id: string,
  schoolYear: string,
): Promise<LoadedPlan> {
  const row = await organisationFor(db, actor, id, 'yearPlan.read', { kind });
  const organisation = { id: row.id, name: row.name, kind };
  const period = schoolYearRange(schoolYear);
  // Placements of the year, one item each (no names): the company's or the school's.
  const placed = await placementItems(db, {
    regionId: actor.regionId,
    companyId: kind === 'company' ? row.id : undefined,
    schoolId: kind === 'school' ? row.id : undefined,
    statuses: yearPlanPlacementStatuses,
    startsIn: period,
  });
  const placementEntries = placed.map(placementPlanEntry);
  const placementEvents = (webUrl: string) =>
    placed.map((item) => placementEvent(item, kind, webUrl));
  if (kind === 'company') {
    const target = { regionId: actor.regionId, companyId: row.id };
    const items = await loadCompanySessionsStarting(db, target, period, yearPlanBookingStatuses);
    return {
      organisation,
      entries: [
        ...items.map((item) => companyPlanEntry(item, item.inKindHours)),
        ...placementEntries,
      ],
      events: (webUrl) => [
        ...items.map((item) => sessionEvent(item, 'organiser', webUrl)),
        ...placementEvents(webUrl),
      ],
    };
  }
  const target = { regionId: actor.regionId, schoolId: row.id };
  const items = await loadSchoolBookingsStarting(db, target, period, yearPlanBookingStatuses);
  return {
    organisation,
    entries: [...items.map(schoolPlanEntry), ...placementEntries],
    events: (webUrl) => [
      ...items.map((item) => bookingEvent(item, webUrl)),
      ...placementEvents(webUrl),
    ],
  };
}

export async function yearPlan(
  db: Database,
  actor: Actor,
  kind: OrganisationKind,
  id: string,
  schoolYear: string,
): Promise<YearPlan> {
  const loaded = await loadPlan(db, actor, kind, id, schoolYear);
  return yearPlanOf(loaded.organisation, schoolYear, loaded.entries);
}

/** The same plan as a calendar: one event per plan item, built by the feeds' event builders. */
export async function yearPlanCalendar(
  db: Database,
  actor: Actor,
  kind: OrganisationKind,
  id: string,
  schoolYear: string,
  webUrl: string,
): Promise<CalendarFeed> {
  const loaded = await loadPlan(db, actor, kind, id, schoolYear);
  return {
    name: yearPlanCalendarName(loaded.organisation.name, schoolYear),
    events: loaded.events(webUrl),
  };
}
