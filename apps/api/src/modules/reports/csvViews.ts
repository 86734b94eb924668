import {
  offerTypeLabels,
  pupilSourceLabelsNl,
  tableOf,
  type CoFinancingReport,
  type OfferType,
  type PupilSource,
  type ExportCell,
} from '@stagebureau/domain';
import type { coverageFor, engagementFor, fairnessFor } from './service';

/** The reports as tables, written as CSV or an Excel workbook (`sendTable`). */
const share = (value: number | null): ExportCell =>
  value === null ? null : { decimal: value, fractionDigits: 4 };

/** One row per activity, so an accountant can trace every euro to a session. */
export const coFinancingTable = (report: CoFinancingReport) =>
  tableOf(
    'Cofinanciering',
    [
      'sessie_id',
      'start',
      'einde',
      'schooljaar',
      'kalenderjaar',
      'bedrijf',
      'aanbod',
      'soort',
      'scholen',
      'klassen',
      'leerlingplaatsen',
      'uren',
      'uurtarief_eur',
      'bedrag_eur',
    ],
    report.rows.map((row) => [
      row.sessionId,
      // Wall-clock Amsterdam, as the people who read the export count hours.
      { instant: row.startsAt },
      { instant: row.endsAt },
      row.schoolYear,
      String(row.calendarYear),
      row.companyName,
      row.offerTitle,
      offerTypeLabels[row.offerType].nl,
      row.schoolNames.join(', '),
      row.classCount,
      row.seats,
      { decimal: row.inKindHours, fractionDigits: 2 },
      { cents: row.hourlyRateCents },
      { cents: row.amountCents },
    ]),
  );

type Coverage = Awaited<ReturnType<typeof coverageFor>>;
export function coverageTable(report: Coverage) {
  const dimensions = [
    ['school', report.bySchool.map((b) => ({ ...b, key: b.name }))],
    ['niveau', report.byLevel],
    ['vmbo_profiel', report.byVmboProfile],
    ['sector', report.bySectorTag],
    [
      'soort',
      report.byOfferType.map((b) => ({ ...b, key: offerTypeLabels[b.key as OfferType].nl })),
    ],
    ['maand', report.byMonth],
  ] as const;
  type Row = { key: string; activities: number; seats: number; noActivity?: boolean };
  type SchoolRow = Row & {
    pupils?: number;
    pupilSource?: PupilSource;
    seatsPerPupil?: number | null;
  };
  const rows = dimensions.flatMap(([dimension, buckets]) =>
    (buckets as readonly SchoolRow[]).map((b): ExportCell[] => [
      dimension,
      b.key,
      b.activities,
      b.seats,
      b.noActivity ? 'ja' : '',
      // Per school only: its pupils (DUO, else class seats) and the seats per pupil.
      b.pupils ?? '',
      b.pupilSource ? pupilSourceLabelsNl[b.pupilSource] : '',
      b.seatsPerPupil === undefined ? '' : share(b.seatsPerPupil),
    ]),
  );
  return tableOf(
    'Dekking',
    [
      'dimensie',
      'waarde',
      'activiteiten',
      'plaatsen',
      'geen_activiteit',
      'leerlingen',
      'leerlingen_bron',
      'plaatsen_per_leerling',
    ],
    rows,
  );
}

type Fairness = Awaited<ReturnType<typeof fairnessFor>>;
export const fairnessTable = (report: Fairness) =>
  tableOf(
    'Eerlijkheid',
    [
      'school',
      'leerlingen',
      'leerlingen_bron',
      'aandeel_leerlingen',
      'plaatsen',
      'aandeel_plaatsen',
      'verhouding',
      'aanvragen',
      'eerste_voorkeur',
      'wachtlijst_geplaatst',
      'wachtlijst_wachtend',
      'wachtlijst_geannuleerd',
    ],
    report.schools.map((s) => [
      s.name,
      s.students,
      pupilSourceLabelsNl[s.studentsSource],
      share(s.studentShare),
      s.seats,
      share(s.seatShare),
      share(s.shareRatio),
      s.requests,
      share(s.firstPreferenceRate),
      s.waitlist.promoted,
      s.waitlist.waiting,
      s.waitlist.cancelled,
    ]),
  );

type Engagement = Awaited<ReturnType<typeof engagementFor>>;
export const engagementTable = (report: Engagement) =>
  tableOf(
    'Betrokkenheid',
    [
      'bedrijf',
      'uitgevoerde_sessies',
      'geannuleerde_sessies',
      'geannuleerde_boekingen',
      'no_shows',
      'nieuw',
      'terugkerend',
      'gemiddelde_waardering',
      'waarderingen',
    ],
    report.companies.map((c) => [
      c.companyName,
      c.heldSessions,
      c.cancelledSessions,
      c.cancelledBookings,
      c.noShows,
      c.isNew ? 'ja' : 'nee',
      c.isRepeat ? 'ja' : 'nee',
      c.averageRating === null ? null : { decimal: c.averageRating, fractionDigits: 2 },
      c.ratings,
    ]),
  );
