import { beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceDocument } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aDiskBackend, aPdf } from '../storage/storage.testWorld';
import { aComplianceWorld, validFor, type ComplianceWorld } from './compliance.testWorld';

/**
 * Who reads a company's papers (issue 18): the company and the bureau all of them; a school
 * nothing unless the region shares approved papers; another company never. The same for the
 * list and for download links; only the bureau reviews.
 */
let ctx: TestContext;
const pdf: { bytes: Buffer } = { bytes: Buffer.alloc(0) };
beforeAll(async () => {
  ctx = await startTestApp({ STORAGE_DIR: (await aDiskBackend()).dir });
  pdf.bytes = await aPdf('RI&E');
});

type Who = keyof ComplianceWorld['users'];
const everyone: Who[] = ['company', 'member', 'otherCompany', 'school', 'teacher', 'bureau'];

async function papersOf(world: ComplianceWorld) {
  const approved = await world.anApprovedPaper('risk_assessment');
  const waiting = (
    await world.upload({ kind: 'vog', ...validFor(0, 100) }, { bytes: pdf.bytes })
  ).json<ComplianceDocument>();
  return { approved, waiting };
}

async function statuses(
  world: ComplianceWorld,
  call: (who: Who) => Promise<{ statusCode: number }>,
) {
  const row: Partial<Record<Who, number>> = {};
  for (const who of everyone) row[who] = (await call(who)).statusCode;
  return row;
}

const list = (world: ComplianceWorld, who: Who) =>
  ctx.app.inject({
    url: `/api/v1/organisations/${world.company.id}/compliance-documents`,
    headers: world.users[who].headers,
  });
const link = (world: ComplianceWorld, who: Who, id: string) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/compliance-documents/${id}/download-link`,
    headers: world.users[who].headers,
  });

describe('when the region keeps papers from schools (the default)', () => {
  let world: ComplianceWorld;
  let papers: Awaited<ReturnType<typeof papersOf>>;
  beforeAll(async () => {
    world = await aComplianceWorld(ctx);
    papers = await papersOf(world);
  });

  it('then the company and the bureau list them; another company and the school get 404', async () => {
    expect(await statuses(world, (who) => list(world, who))).toEqual({
      company: 200,
      member: 200,
      otherCompany: 404,
      school: 404,
      teacher: 404,
      bureau: 200,
    });
    const items = (await list(world, 'company')).json<{ items: ComplianceDocument[] }>().items;
    expect(items.map((item) => item.status).sort()).toEqual(['approved', 'submitted']);
  });

  it('then only the company and the bureau get a download link, and it serves the file', async () => {
    expect(await statuses(world, (who) => link(world, who, papers.waiting.id))).toEqual({
      company: 200,
      member: 200,
      otherCompany: 404,
      school: 404,
      teacher: 404,
      bureau: 200,
    });
    const { url } = (await link(world, 'bureau', papers.waiting.id)).json<{ url: string }>();
    const parsed = new URL(url);
    const file = await ctx.app.inject({ url: `${parsed.pathname}${parsed.search}` });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf.bytes)).toBe(true);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('then only the bureau reviews', async () => {
    const fresh = (
      await world.upload({ kind: 'vog', ...validFor(0, 100) })
    ).json<ComplianceDocument>();
    const review = (who: Who) =>
      world.review(fresh.id, { decision: 'reject', reason: 'Onleesbaar' }, who);
    const row: Partial<Record<Who, number>> = {};
    for (const who of everyone.filter((who) => who !== 'bureau'))
      row[who] = (await review(who)).statusCode;
    expect(row).toEqual({
      company: 403,
      member: 403,
      otherCompany: 403,
      school: 403,
      teacher: 403,
    });
    expect((await review('bureau')).statusCode).toBe(200);
  });
});

describe('when the region shares papers with schools', () => {
  let world: ComplianceWorld;
  let papers: Awaited<ReturnType<typeof papersOf>>;
  beforeAll(async () => {
    world = await aComplianceWorld(ctx, { complianceDocumentsVisibleToSchools: true });
    papers = await papersOf(world);
  });

  it('then a school lists the approved papers only; another company still gets 404', async () => {
    const school = await list(world, 'teacher');
    expect(school.statusCode).toBe(200);
    expect(school.json<{ items: ComplianceDocument[] }>().items.map((item) => item.id)).toEqual([
      papers.approved.id,
    ]);
    expect((await list(world, 'otherCompany')).statusCode).toBe(404);
  });

  it('then a school downloads an approved paper, not one still waiting for the bureau', async () => {
    expect((await link(world, 'school', papers.approved.id)).statusCode).toBe(200);
    expect((await link(world, 'school', papers.waiting.id)).statusCode).toBe(404);
    expect((await link(world, 'otherCompany', papers.approved.id)).statusCode).toBe(404);
  });
});
