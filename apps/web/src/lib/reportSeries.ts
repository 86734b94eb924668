import { timeZone } from '@stagebureau/domain';

export interface Series {
  label: string;
  data: number[];
}

const monthOf = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });

/** `2026-03` for an instant, on Amsterdam's calendar. */
export const monthKey = (iso: string): string => monthOf.format(new Date(iso)).slice(0, 7);

/**
 * Sums a value per (column, stack) pair into stacked-bar series: one label per column (sorted),
 * one series per stack, zeros where a pair has no rows.
 */
export function stackedSeries<T>(
  rows: T[],
  column: (row: T) => string,
  stack: (row: T) => string,
  value: (row: T) => number,
): { labels: string[]; series: Series[] } {
  const labels = [...new Set(rows.map(column))].sort();
  const stacks = [...new Set(rows.map(stack))].sort();
  const series = stacks.map((name) => ({
    label: name,
    data: labels.map((label) =>
      rows
        .filter((row) => column(row) === label && stack(row) === name)
        .reduce((sum, row) => sum + value(row), 0),
    ),
  }));
  return { labels, series };
}
