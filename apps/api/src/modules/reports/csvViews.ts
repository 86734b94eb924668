import {
  offerTypeLabels,
  renderCsv,
  toLocal,
  type CoFinancingReport,
  type OfferType,
  type CsvCell,
  type CsvDialect,
} from '@stagebureau/domain';
import type { coverageFor, engagementFor, fairnessFor } from './service';

/** Wall-clock time in Europe/Amsterdam, as the people who read the export count hours. */
const local = (instant: Date) => {
  const { date, time } = toLocal(instant);
  return `${date} ${time}`;
};
const share = (value: number | null): CsvCell =>
  value === null ? null : { decimal: value, fractionDigits: 4 };

/** One row per activity, so an accountant can trace every euro to a session. */
export const coFinancingCsv = (report: CoFinancingReport, dialect: CsvDialect) =>
  renderCsv(
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
      local(row.startsAt),
      local(row.endsAt),
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
    dialect,
  );

type Coverage = Awaited<ReturnType<typeof coverageFor>>;
export function coverageCsv(report: Coverage, dialect: CsvDialect) {
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
  const rows = dimensions.flatMap(([dimension, buckets]) =>
    (
      buckets as readonly { key: string; activities: number; seats: number; noActivity?: boolean }[]
    ).map((b): CsvCell[] => [dimension, b.key, b.activities, b.seats, b.noActivity ? 'ja' : '']),
  );
  return renderCsv(
    ['dimensie', 'waarde', 'activiteiten', 'plaatsen', 'geen_activiteit'],
    rows,
    dialect,
  );
}

type Fairness = Awaited<ReturnType<typeof fairnessFor>>;
export const fairnessCsv = (report: Fairness, dialect: CsvDialect) =>
  renderCsv(
    [
      'school',
      'leerlingen',
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
    dialect,
  );

type Engagement = Awaited<ReturnType<typeof engagementFor>>;
export const engagementCsv = (report: Engagement, dialect: CsvDialect) =>
  renderCsv(
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
    dialect,
  );
