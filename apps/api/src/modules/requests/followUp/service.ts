import type { Database } from '@stagebureau/db';
import {
  demandByWeek,
  fillOf,
  isBureau,
  partStateOf,
  schoolYearOfDate,
  seatsPerClass,
  weekSuggestions,
  type Actor,
  type AskedDemand,
  type DemandByWeek,
  type FillReport,
  type OfferedSupply,
  type PartState,
  type WeekSuggestionQuery,
  type WeekSuggestionsView,
} from '@stagebureau/domain';
import { authorise } from '../../../plugins/auth';
import { askedOfYear, freeSeatsOfYear, partsOfYear } from './repo';

/** Groups part states by a key, keeping the first row seen as the group's face. */
function grouped<R>(rows: readonly R[], keyOf: (row: R) => string, stateOf: (row: R) => PartState) {
  const groups = new Map<string, { first: R; states: PartState[] }>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key) ?? { first: row, states: [] };
    group.states.push(stateOf(row));
    groups.set(key, group);
  }
  return [...groups.values()].map(({ first, states }) => ({ first, fill: fillOf(states) }));
}

/**
 * Fill rates of a school year per request, menu card and school. The bureau reads every
 * part; a school only its own parts, so a request spanning schools shows that school's share.
 */
export async function fillReport(
  db: Database,
  actor: Actor,
  schoolYear: string,
): Promise<FillReport> {
  authorise(actor, 'request.followUp', {
    regionId: actor.regionId,
    organisationId: actor.organisationId,
  });
  const ownSchool = isBureau(actor.role) ? null : actor.organisationId;
  const rows = await partsOfYear(db, actor.regionId, schoolYear, ownSchool);
  const state = (row: (typeof rows)[number]) => partStateOf(row.proposal);
  return {
    schoolYear,
    requests: grouped(rows, (r) => r.requestId, state).map(({ first, fill }) => ({
      requestId: first.requestId,
      title: first.title,
      menuCardId: first.menuCardId,
      schoolId: first.requestSchoolId,
      signUpDeadline: first.signUpDeadline,
      fill,
    })),
    menuCards: grouped(rows, (r) => r.menuCardId, state).map(({ first, fill }) => ({
      menuCardId: first.menuCardId,
      title: first.menuCardTitle,
      fill,
    })),
    schools: grouped(rows, (r) => r.schoolId, state)
      .map(({ first, fill }) => ({ schoolId: first.schoolId, schoolName: first.schoolName, fill }))
      .sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'nl')),
  };
}

async function demandOfYear(db: Database, regionId: string, schoolYear: string) {
  const [asked, free] = await Promise.all([
    askedOfYear(db, regionId, schoolYear),
    freeSeatsOfYear(db, regionId, schoolYear),
  ]);
  const offered: OfferedSupply[] = free.map((row) => ({
    type: row.type,
    startsAt: row.startsAt,
    freeSeats: row.freeSeats,
    sectorTags: [...new Set([...row.offerTags, ...row.companyTags])],
  }));
  return { asked: asked as AskedDemand[], offered };
}

/** Asked versus offered per ISO week and activity type, for the bureau. */
export async function demandOfWeeks(
  db: Database,
  actor: Actor,
  schoolYear: string,
): Promise<DemandByWeek> {
  authorise(actor, 'request.curate', { regionId: actor.regionId });
  const { asked, offered } = await demandOfYear(db, actor.regionId, schoolYear);
  return { schoolYear, seatsPerClass, items: demandByWeek(asked, offered) };
}

/** Whether an asked period is overbooked, and which weeks of its school year have room. */
export async function suggestWeeks(
  db: Database,
  actor: Actor,
  query: WeekSuggestionQuery,
  now: Date,
): Promise<WeekSuggestionsView> {
  authorise(actor, 'request.followUp', {
    regionId: actor.regionId,
    organisationId: actor.organisationId,
  });
  const { asked, offered } = await demandOfYear(
    db,
    actor.regionId,
    schoolYearOfDate(query.periodFrom),
  );
  return weekSuggestions(query, asked, offered, now);
}
