import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { PlanSummary } from './catalogueScenario';
import { apiDir } from './infra';
import { markdownTable, type ResultRow } from './stats';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  postgres: string;
  loadAtStart: string;
}

export interface Report {
  rows: ResultRow[];
  notes: string[];
  plans: PlanSummary[];
  machine: Machine;
  failed: boolean;
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

export const machineInfo = (): Machine => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  postgres: 'unknown',
  loadAtStart: load(),
});

/** The markdown report: printed, and written to bench/results/latest.md (git-ignored). */
export function writeReport(report: Report): string {
  const { machine } = report;
  const plans = report.plans.map(
    (plan) =>
      `- ${plan.name} (statement ${plan.statement}): ${plan.executionMs.toFixed(2)} ms — ${plan.scans.join('; ') || 'no scans'}`,
  );
  const markdown = [
    `# Stagebureau bench — ${new Date().toISOString()}`,
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, node ${machine.node}, ` +
      `PostgreSQL ${machine.postgres}; load average at start ${machine.loadAtStart}, at end ${load()}.`,
    'API: `node dist/server.js`, NODE_ENV=production, LOG_LEVEL=warn, rate limits raised, pool 20.',
    '',
    markdownTable(report.rows),
    '',
    ...report.notes.map((note) => `- ${note}`),
    '',
    '## Plans (EXPLAIN ANALYZE, BUFFERS; catalogue region 1, feed school)',
    '',
    ...plans,
    '',
    report.failed ? '**FAILED** — see the notes above.' : 'Result: completed.',
    '',
  ].join('\n');
  const dir = join(apiDir, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.md'), markdown);
  writeFileSync(
    join(dir, 'plans.md'),
    report.plans
      .map((plan) => `## ${plan.name} (${plan.statement})\n\n\`\`\`\n${plan.plan}\n\`\`\`\n`)
      .join('\n'),
  );
  return markdown;
}
