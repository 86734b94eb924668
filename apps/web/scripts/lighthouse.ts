/**
 * `pnpm lighthouse`: Lighthouse's accessibility and best-practices scores for five pages of the
 * built product with demo data, on Debian's Chromium, mobile and desktop. A benchmark, not a
 * gate: it prints a table and the failing audits, writes them to lighthouse/results/latest.md
 * (plus one HTML report per run) and exits 0 whatever the scores. Only a broken run (the stack
 * does not start, a login fails) exits 1. See lighthouse/README.md for the latest figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import { launchBrowser, logIn, newContext } from '../e2e/browser';
import { freePort, repoRoot, startStack } from '../e2e/stack';
import { failingAudits, markdownReport, score, type Run, type Target } from './lighthouseReport';

const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const resultsDir = join(repoRoot, 'apps/web/lighthouse/results');
const categories = ['accessibility', 'best-practices'];
const formFactors = ['mobile', 'desktop'] as const;

/** The demo's people (README, "Demo logins"); the catalogue and an offer are public. */
const targets: Target[] = [
  { name: 'public catalogue', path: '/catalogus', login: null },
  { name: 'offer page', path: '/aanbod/:offer', login: null },
  { name: 'school dashboard', path: '/school', login: 'coordinator@nassau.demo.nl' },
  { name: 'company sessions', path: '/bedrijf/sessies', login: 'hr@vanderveen.demo.nl' },
  { name: 'bureau dashboard', path: '/bureau', login: 'bureau@demo.stagebureau.nl' },
];

/** Chromium with a DevTools port for Lighthouse to drive, in a throw-away profile. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = await mkdtemp(join(tmpdir(), 'stagebureau-lighthouse-'));
  const chromium: ChildProcess = spawn(
    chromiumPath,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const stop = async () => {
    if (chromium.exitCode === null) {
      const exited = new Promise((done) => chromium.once('exit', done));
      chromium.kill('SIGTERM');
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { port, stop };
    } catch {
      // DevTools is not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  await stop();
  throw new Error(`${chromiumPath} did not open its DevTools port`);
}

/**
 * Logs in through the real form, as the journeys do, and returns the session cookies as a
 * header: Lighthouse sends it with every request (`extraHeaders`), so it audits what that
 * person sees. One login per person, right before their page, well within the token's life.
 */
async function sessionCookie(webUrl: string, email: string): Promise<string> {
  const browser = await launchBrowser();
  try {
    const page = await (await newContext(browser, webUrl)).newPage();
    await logIn(page, email);
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    const cookies = await page.context().cookies();
    if (!cookies.some((cookie) => cookie.name === 'sb_access'))
      throw new Error(`${email} did not get a session`);
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  } finally {
    await browser.close();
  }
}

/** A published demo offer, from the public catalogue the page itself shows. */
async function anOfferId(apiUrl: string): Promise<string> {
  const response = await fetch(`${apiUrl}/api/v1/public/regions/assen-beilen/offers?limit=1`);
  const page = (await response.json()) as { items?: { id: string }[] };
  const id = page.items?.[0]?.id;
  if (!id) throw new Error(`the demo catalogue has no offer (${response.status})`);
  return id;
}

async function audit(
  url: string,
  formFactor: (typeof formFactors)[number],
  port: number,
  cookie: string | null,
): Promise<{ lhr: Result; html: string }> {
  const flags: Flags = {
    port,
    hostname: '127.0.0.1',
    onlyCategories: categories,
    output: 'html',
    logLevel: 'error',
    disableFullPageScreenshot: true,
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  };
  const config: Config | undefined = formFactor === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(url, flags, config);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return { lhr: result.lhr, html: String(result.report) };
}

const fileName = (target: Target, formFactor: string) =>
  `${target.path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-${formFactor}.html`;

async function main() {
  const started = new Date();
  console.log('Starting the stack (fresh database, demo data, built API and web app)…');
  const stack = await startStack();
  const chromium = await startChromium().catch(async (error) => {
    await stack.stop();
    throw error;
  });
  const runs: Run[] = [];
  try {
    const offerId = await anOfferId(stack.apiUrl);
    await mkdir(resultsDir, { recursive: true });
    for (const target of targets) {
      const cookie = target.login ? await sessionCookie(stack.webUrl, target.login) : null;
      const url = `${stack.webUrl}${target.path.replace(':offer', offerId)}`;
      for (const formFactor of formFactors) {
        const { lhr, html } = await audit(url, formFactor, chromium.port, cookie);
        await writeFile(join(resultsDir, fileName(target, formFactor)), html);
        const run: Run = { target, formFactor, lhr };
        runs.push(run);
        const scores = categories.map((id) => `${id} ${score(lhr.categories[id]?.score)}`);
        console.log(`${target.path} (${formFactor}): ${scores.join(', ')}`);
        for (const line of failingAudits(lhr, categories)) console.log(`  ${line}`);
      }
    }
  } finally {
    await chromium.stop();
    await stack.stop();
  }
  const report = markdownReport(runs, categories, {
    started,
    seconds: Math.round((Date.now() - started.getTime()) / 1000),
    chromium: chromiumPath,
  });
  await writeFile(join(resultsDir, 'latest.md'), report);
  console.log(`\n${report}`);
  console.log(`Written to ${join(resultsDir, 'latest.md')}, HTML reports beside it.`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
