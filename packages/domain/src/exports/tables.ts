import type { YearPlan, YearPlanItem } from '../contracts/yearPlan';
import { placementWho, weekdayNamesNl, type PlacementItem } from '../ical/placementEvents';
import type { BookingStatus, EducationLevel, OfferType } from '../vocabulary';
import { offerTypeLabels } from '../vocabulary';
import { bookingStatusLabels, placementStatusLabels } from './labels';
import { column, type ExportCell, type ExportTable } from './table';

/**
 * The three exports of issue 21: bookings, placements and year plans, one row per thing, with
 * Dutch snake_case headers like the reports' exports. Times are wall-clock Amsterdam.
 */

/** A booking as the export lists it: the booking view plus the offer's company and type. */
export interface BookingExportRow {
  startsAt: Date;
  endsAt: Date;
  schoolName: string;
  className: string | null;
  educationLevel: EducationLevel | null;
  companyName: string;
  offerTitle: string;
  offerType: OfferType;
  status: BookingStatus;
  seats: number;
  /** The accompanying teachers, by name. */
  teachers: string[];
  statusReason: string | null;
  createdAt: Date;
}

export function bookingsTable(schoolYear: string, rows: readonly BookingExportRow[]): ExportTable {
  return {
    sheet: `Boekingen ${schoolYear}`,
    columns: [
      column('start', 17),
      column('einde', 17),
      column('school', 28),
      column('klas', 10),
      column('niveau', 10),
      column('bedrijf', 28),
      column('aanbod', 36),
      column('soort', 16),
      column('status', 16),
      column('leerlingen', 11),
      column('docenten', 24),
      column('reden', 30),
      column('geboekt_op', 17),
    ],
    rows: rows.map((row): ExportCell[] => [
      { instant: row.startsAt },
      { instant: row.endsAt },
      row.schoolName,
      row.className,
      row.educationLevel,
      row.companyName,
      row.offerTitle,
      offerTypeLabels[row.offerType].nl,
      bookingStatusLabels[row.status].nl,
      row.seats,
      row.teachers.join(', '),
      row.statusReason,
      { instant: row.createdAt },
    ]),
  };
}

/** "ma, di, do": the place's working weekdays. */
const weekdaysText = (weekdays: readonly number[]) =>
  [...weekdays]
    .sort((a, b) => a - b)
    .map((day) => weekdayNamesNl[day - 1])
    .join(', ');

/** Placements: who goes (a class, never a pupil's name), where, when and in which status. */
export function placementsTable(schoolYear: string, rows: readonly PlacementItem[]): ExportTable {
  return {
    sheet: `Plaatsingen ${schoolYear}`,
    columns: [
      column('begin', 12),
      column('einde', 12),
      column('school', 28),
      column('deelnemer', 22),
      column('bedrijf', 28),
      column('stageplaats', 36),
      column('soort', 16),
      column('status', 14),
      column('werkdagen', 18),
      column('dagtijden', 13),
    ],
    rows: rows.map((row): ExportCell[] => [
      { date: row.placement.startsOn },
      { date: row.placement.endsOn },
      row.schoolName,
      placementWho(row.participant),
      row.offer.companyName,
      row.offer.title,
      offerTypeLabels[row.offer.type].nl,
      placementStatusLabels[row.placement.status].nl,
      weekdaysText(row.place.weekdays),
      `${row.place.dayStarts}–${row.place.dayEnds}`,
    ]),
  };
}

/** Who an item is for and its status: "2A (Bevestigd); 3B (Aangevraagd)", or the placement. */
function whoOf(item: YearPlanItem): [string, string] {
  if (item.placement) {
    const who = item.placement.className ? `klas ${item.placement.className}` : 'docentenstage';
    return [who, placementStatusLabels[item.placement.status].nl];
  }
  const classes = item.classes.map((c) => `${c.name} (${bookingStatusLabels[c.status].nl})`);
  return [classes.join('; '), ''];
}

/** Year plans: one row per plan item, plans one after another (the bureau's holds many). */
export function yearPlansTable(schoolYear: string, plans: readonly YearPlan[]): ExportTable {
  const rows = plans.flatMap((plan) =>
    plan.months.flatMap((month) =>
      month.items.map((item): ExportCell[] => {
        const [who, status] = whoOf(item);
        return [
          plan.organisation.name,
          month.month,
          { instant: new Date(item.startsAt) },
          { instant: new Date(item.endsAt) },
          offerTypeLabels[item.type].nl,
          item.title,
          item.companyName,
          item.location,
          who,
          status || null,
          { decimal: item.hours, fractionDigits: 2 },
        ];
      }),
    ),
  );
  return {
    sheet: `Jaarplanning ${schoolYear}`,
    columns: [
      column('organisatie', 28),
      column('maand', 9),
      column('start', 17),
      column('einde', 17),
      column('soort', 16),
      column('titel', 36),
      column('bedrijf', 28),
      column('locatie', 30),
      column('klassen', 30),
      column('plaatsing_status', 16),
      column('uren', 8),
    ],
    rows,
  };
}
