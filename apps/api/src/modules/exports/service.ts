import type { Database } from '@stagebureau/db';
import {
  bookingsTable,
  isBureau,
  partyOf,
  placementStatuses,
  placementsTable,
  schoolYearRange,
  yearPlansTable,
  type Action,
  type Actor,
  type ExportTable,
  type OrganisationKind,
  type YearPlan,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { bookingsForExport } from '../bookings/index';
import { findOrganisation, schoolsOfRegion } from '../organisations/service';
import { placementItems } from '../placements/readModels';
import { yearPlan } from '../yearPlans/service';

/** The exports' public face: reports and targets write their downloads through `sendTable`. */
export { sendTable } from './send';
export { writeXlsx, xlsxContentType } from './xlsx';

/** No organisation matches this id: an organisation role without one sees no rows. */
const nobody = '00000000-0000-0000-0000-000000000000';

function authoriseExport(actor: Actor, action: Action) {
  authorise(actor, action, { regionId: actor.regionId, organisationId: actor.organisationId });
}

/** Bookings whose session starts in the school year: a school's own, a company's on its offers. */
export async function bookingsExport(
  db: Database,
  actor: Actor,
  schoolYear: string,
): Promise<ExportTable> {
  authoriseExport(actor, 'export.bookings');
  const rows = await bookingsForExport(db, actor, schoolYearRange(schoolYear));
  return bookingsTable(schoolYear, rows);
}

/** Placements whose period starts in the school year, every status: the actor's side only. */
export async function placementsExport(
  db: Database,
  actor: Actor,
  schoolYear: string,
): Promise<ExportTable> {
  authoriseExport(actor, 'export.placements');
  const party = partyOf(actor.role);
  const own = actor.organisationId ?? nobody;
  const rows = await placementItems(db, {
    regionId: actor.regionId,
    schoolId: party === 'school' ? own : undefined,
    companyId: party === 'company' ? own : undefined,
    statuses: placementStatuses,
    startsIn: schoolYearRange(schoolYear),
  });
  return placementsTable(schoolYear, rows);
}

/**
 * Year plans of the school year. A school or company: its own (another `organisationId` → 404).
 * The bureau: the one asked for, else every school's plan in the region, one after another.
 */
export async function yearPlansExport(
  db: Database,
  actor: Actor,
  schoolYear: string,
  organisationId?: string,
): Promise<ExportTable> {
  authoriseExport(actor, 'export.yearPlans');
  const plans: YearPlan[] = [];
  const planOf = (kind: OrganisationKind, id: string) => yearPlan(db, actor, kind, id, schoolYear);
  const id =
    organisationId ?? (isBureau(actor.role) ? undefined : (actor.organisationId ?? nobody));
  if (id) {
    // yearPlan checks the organisation is visible to the actor (404 otherwise).
    const row = await findOrganisation(db, actor.regionId, id);
    plans.push(await planOf(row?.kind ?? 'school', id));
  } else {
    // One school after another: a region has tens of schools, each plan a few queries.
    for (const school of await schoolsOfRegion(db, actor.regionId))
      plans.push(await planOf('school', school.id));
  }
  return yearPlansTable(schoolYear, plans);
}
