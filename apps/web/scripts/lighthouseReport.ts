/** The markdown of `pnpm lighthouse` (scripts/lighthouse.ts): scores, failing audits, machine. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import type { Result } from 'lighthouse';

export interface Target {
  name: string;
  /** `:offer` stands for a published demo offer's id. */
  path: string;
  /** The demo person whose session the page is audited with; null for a public page. */
  login: string | null;
}

export interface Run {
  target: Target;
  formFactor: 'mobile' | 'desktop';
  lhr: Result;
}

/** The goal of issue 19; below it a score is shown in bold. Not an assertion. */
const goal = 95;

export const score = (value: number | null | undefined) =>
  value === null || value === undefined ? 'n/a' : String(Math.round(value * 100));

type Details = { items?: Record<string, unknown>[] };

/** Where an audit failed, briefly: the first few elements or sources it names. */
function whereFailed(details: Details | undefined): string {
  const items = details?.items ?? [];
  const places = items.slice(0, 3).map((item) => {
    const node = item.node as { selector?: string; snippet?: string } | undefined;
    const source = item.source as { url?: string } | undefined;
    const text = node?.selector ?? node?.snippet ?? item.description ?? source?.url ?? item.url;
    return String(text ?? '').slice(0, 120);
  });
  const more = items.length > 3 ? ` and ${items.length - 3} more` : '';
  return places.filter(Boolean).length ? `: ${places.filter(Boolean).join(' | ')}${more}` : '';
}

/** Every scored audit of the categories that did not pass, one line each. */
export function failingAudits(lhr: Result, categories: string[]): string[] {
  const lines: string[] = [];
  for (const id of categories) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      lines.push(`${id} ${ref.id}: ${audit.title}${whereFailed(audit.details as Details)}`);
    }
  }
  if (lhr.runtimeError) lines.push(`runtime error: ${lhr.runtimeError.message}`);
  return lines;
}

const cell = (value: number | null | undefined) => {
  const shown = score(value);
  return shown !== 'n/a' && Number(shown) < goal ? `**${shown}**` : shown;
};

function machine(chromiumPath: string): string {
  const chromium = (() => {
    try {
      // Debian's wrapper script prints a shell warning on stderr; the version is on stdout.
      return execFileSync(chromiumPath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    } catch {
      return `${chromiumPath} (version unknown)`;
    }
  })();
  const cpu = cpus();
  const memory = Math.round(totalmem() / 2 ** 30);
  return `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${memory} GB RAM, Node ${process.version}, ${chromium}`;
}

export function markdownReport(
  runs: Run[],
  categories: string[],
  run: { started: Date; seconds: number; chromium: string },
): string {
  const version = runs[0]?.lhr.lighthouseVersion ?? 'unknown';
  const header = `| page | path | form factor | ${categories.join(' | ')} |`;
  const rule = `| --- | --- | --- | ${categories.map(() => '---:').join(' | ')} |`;
  const rows = runs.map(({ target, formFactor, lhr }) => {
    const scores = categories.map((id) => cell(lhr.categories[id]?.score));
    const who = target.login ? `as ${target.login}` : 'public';
    // A redirect shows: the offer's address answers with its catalogue page, a lost session
    // with the login page.
    const landed = new URL(lhr.finalDisplayedUrl).pathname;
    const path = landed === target.path ? `\`${landed}\`` : `\`${target.path}\` → \`${landed}\``;
    return `| ${target.name} | ${path} ${who} | ${formFactor} | ${scores.join(' | ')} |`;
  });
  const failures = runs.flatMap(({ target, formFactor, lhr }) => {
    const lines = failingAudits(lhr, categories);
    return lines.length
      ? [`- \`${target.path}\` (${formFactor}):`, ...lines.map((line) => `  - ${line}`)]
      : [];
  });
  return [
    `# Lighthouse ${version}: ${categories.join(', ')}`,
    '',
    `Run \`pnpm lighthouse\` on ${run.started.toISOString()}, ${run.seconds} s. Machine: ${machine(run.chromium)}.`,
    `Goal ${goal} in each category (bold: below it).`,
    '',
    header,
    rule,
    ...rows,
    '',
    '## Audits that did not pass',
    '',
    ...(failures.length ? failures : ['None.']),
    '',
  ].join('\n');
}
