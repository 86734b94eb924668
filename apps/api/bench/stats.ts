/** Latency summaries and the markdown table the bench prints. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarise(latenciesMs: number[]): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

export interface ResultRow {
  scenario: string;
  load: string;
  /** Requests (or successful bookings) per second; null when throughput is not the point. */
  throughput: number | null;
  throughputUnit: string;
  latency: LatencySummary | null;
  errors: string;
  /** e.g. "0.62 × database limit". */
  ratio: string;
  target: string;
}

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value)
    ? '–'
    : value < 10
      ? value.toFixed(2)
      : value.toFixed(1);

export function markdownTable(rows: ResultRow[]): string {
  const header =
    '| scenario | load | throughput | p50 ms | p95 ms | p99 ms | errors | vs baseline | target |\n' +
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- |';
  const lines = rows.map((row) =>
    [
      row.scenario,
      row.load,
      row.throughput === null ? '–' : `${row.throughput.toFixed(0)} ${row.throughputUnit}`,
      ms(row.latency?.p50),
      ms(row.latency?.p95),
      ms(row.latency?.p99),
      row.errors,
      row.ratio,
      row.target,
    ].join(' | '),
  );
  return [header, ...lines.map((line) => `| ${line} |`)].join('\n');
}

export const ratio = (value: number, baseline: number) =>
  baseline > 0 ? `${(value / baseline).toFixed(2)}` : '–';
