import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, complianceDocuments } from '@stagebureau/db';
import { bytesPerMb, type ComplianceDocument } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aDiskBackend, aPdf, anElf, type Backend } from '../storage/storage.testWorld';
import { aComplianceWorld, rowsOf, validFor, type ComplianceWorld } from './compliance.testWorld';

let ctx: TestContext;
let disk: Backend & { dir: string };
let world: ComplianceWorld;
beforeAll(async () => {
  disk = await aDiskBackend();
  ctx = await startTestApp({ STORAGE_DIR: disk.dir });
  world = await aComplianceWorld(ctx, {
    complianceDocumentTypes: [{ key: 'bhv', label: 'BHV-certificaat' }],
  });
});

const vog = (extra: Record<string, string> = {}) => ({
  kind: 'vog',
  ...validFor(-30, 365),
  ...extra,
});

describe('a company submits a paper', () => {
  it('when its admin uploads a VOG, then it is submitted, sniffed, audited and listed for the company', async () => {
    const response = await world.upload(vog({ subjectName: 'Henk de Vries' }), {
      fileName: 'VOG Henk.pdf',
    });
    expect(response.statusCode, response.body).toBe(201);
    const document = response.json<ComplianceDocument>();
    expect(document).toMatchObject({
      organisationId: world.company.id,
      companyName: 'Installatiebedrijf Noord',
      kind: 'vog',
      kindLabel: { nl: 'Verklaring Omtrent het Gedrag (VOG)', en: 'Certificate of conduct (VOG)' },
      status: 'submitted',
      subjectName: 'Henk de Vries',
      fileName: 'VOG Henk.pdf',
      contentType: 'application/pdf',
      reviewedAt: null,
    });
    const [audit] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, document.id), eq(auditEvents.action, 'submitted')));
    expect(audit?.actorUserId).toBe(world.users.company.user.id);
    const listed = await ctx.app.inject({
      url: `/api/v1/organisations/${world.company.id}/compliance-documents`,
      headers: world.users.member.headers,
    });
    expect(listed.json<{ items: ComplianceDocument[] }>().items.map((item) => item.id)).toContain(
      document.id,
    );
  });

  it("when the bureau uploads on a company's behalf, or a region's own kind, then it is accepted", async () => {
    const own = await world.upload({ kind: 'bhv', ...validFor(0, 100) }, { who: 'bureau' });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json<ComplianceDocument>().kindLabel).toEqual({
      nl: 'BHV-certificaat',
      en: 'BHV-certificaat',
    });
  });
});

describe('a refused upload stores nothing', () => {
  const nothingStored = async (companyId: string, objectsBefore: string[]) => {
    expect(await rowsOf(ctx.db, companyId)).toEqual([]);
    expect(await disk.listAll()).toEqual(objectsBefore);
  };

  it('when the kind is unknown to the region or the dates are reversed, then 422 naming the field', async () => {
    const before = await disk.listAll();
    const unknown = await world.upload(
      { kind: 'rijbewijs', ...validFor(0, 10) },
      { companyId: world.otherCompany.id, who: 'otherCompany' },
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([
      { path: 'body.kind', message: 'not a document kind of this region' },
    ]);
    const reversed = await world.upload(
      { kind: 'vog', validFrom: '2027-01-02', validUntil: '2027-01-01' },
      { companyId: world.otherCompany.id, who: 'otherCompany' },
    );
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().errors[0].path).toBe('body.validUntil');
    await nothingStored(world.otherCompany.id, before);
  });

  it('when an executable is renamed to .pdf or the file passes the region’s limit, then refused with no row and no object', async () => {
    const before = await disk.listAll();
    const renamed = await world.upload(vog(), {
      companyId: world.otherCompany.id,
      who: 'otherCompany',
      bytes: anElf(),
      fileName: 'verzekering.pdf',
    });
    expect(renamed.statusCode, renamed.body).toBe(415);
    expect(renamed.json().code).toBe('file_type_not_allowed');

    const small = await aComplianceWorld(ctx, { uploadMaxMb: 1 });
    const pdf = await aPdf('Polis');
    const tooBig = await small.upload(vog(), {
      bytes: Buffer.concat([pdf, Buffer.alloc(bytesPerMb)]),
    });
    expect(tooBig.statusCode, tooBig.body).toBe(413);
    expect(tooBig.json()).toMatchObject({ code: 'file_too_large', maxBytes: bytesPerMb });
    await nothingStored(world.otherCompany.id, before);
    await nothingStored(small.company.id, before);
  });

  it('when another company or a school sends a paper for the company, then 404 and nothing stored', async () => {
    const before = await disk.listAll();
    const fresh = await aComplianceWorld(ctx);
    for (const who of ['otherCompany', 'school', 'teacher'] as const) {
      const response = await fresh.upload(vog(), { who });
      expect(response.statusCode, who).toBe(404);
    }
    await nothingStored(fresh.company.id, before);
  });
});

describe("the bureau's review", () => {
  it('when the bureau approves, then the paper counts; the queue lists what waits, with company names', async () => {
    const fresh = await aComplianceWorld(ctx);
    const waiting = (await fresh.upload(vog())).json<ComplianceDocument>();
    const other = (
      await fresh.upload(vog(), { companyId: fresh.otherCompany.id, who: 'otherCompany' })
    ).json<ComplianceDocument>();
    const approved = await fresh.anApprovedPaper('liability_insurance');
    expect(approved).toMatchObject({ status: 'approved', reviewReason: null });
    const queue = await ctx.app.inject({
      url: '/api/v1/compliance-documents?status=submitted',
      headers: fresh.users.bureau.headers,
    });
    expect(queue.statusCode).toBe(200);
    const items = queue.json<{ items: ComplianceDocument[] }>().items;
    expect(items.map((item) => [item.id, item.companyName])).toEqual([
      [waiting.id, 'Installatiebedrijf Noord'],
      [other.id, 'Bouwbedrijf Zuid'],
    ]);
    const forCompany = await ctx.app.inject({
      url: '/api/v1/compliance-documents?status=submitted',
      headers: fresh.users.company.headers,
    });
    expect(forCompany.statusCode).toBe(403);
  });

  it('when the bureau rejects, then a reason is required; a reviewed paper cannot be reviewed again', async () => {
    const fresh = await aComplianceWorld(ctx);
    const paper = (await fresh.upload(vog())).json<ComplianceDocument>();
    expect((await fresh.review(paper.id, { decision: 'reject' })).statusCode).toBe(422);
    expect((await fresh.review(paper.id, { decision: 'reject', reason: '  ' })).statusCode).toBe(
      422,
    );
    const rejected = await fresh.review(paper.id, {
      decision: 'reject',
      reason: 'De handtekening ontbreekt',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      reviewReason: 'De handtekening ontbreekt',
    });
    const again = await fresh.review(paper.id, { decision: 'approve' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invalid_transition');
  });

  it('when a paper’s validity already ended, then it cannot be approved', async () => {
    const fresh = await aComplianceWorld(ctx);
    const old = (
      await fresh.upload({ kind: 'vog', ...validFor(-400, -1) })
    ).json<ComplianceDocument>();
    const response = await fresh.review(old.id, { decision: 'approve' });
    expect(response.statusCode).toBe(422);
    expect((await rowsOf(ctx.db, fresh.company.id))[0]!.status).toBe('submitted');
  });

  it("when a renewed VOG is approved, then the same supervisor's older one is superseded, another supervisor's stays", async () => {
    const fresh = await aComplianceWorld(ctx);
    const henk = await fresh.anApprovedPaper('vog', validFor(-300, 30), { subjectName: 'Henk' });
    const anna = await fresh.anApprovedPaper('vog', validFor(-300, 30), { subjectName: 'Anna' });
    const renewed = await fresh.anApprovedPaper('vog', validFor(0, 1000), { subjectName: 'Henk' });
    const statuses = Object.fromEntries(
      (await rowsOf(ctx.db, fresh.company.id)).map((row) => [row.id, row.status]),
    );
    expect(statuses).toEqual({
      [henk.id]: 'superseded',
      [anna.id]: 'approved',
      [renewed.id]: 'approved',
    });
  });

  it('when a company or a school tries to review, then 403 and the paper still waits', async () => {
    const fresh = await aComplianceWorld(ctx);
    const paper = (await fresh.upload(vog())).json<ComplianceDocument>();
    for (const who of ['company', 'member', 'school', 'teacher'] as const)
      expect((await fresh.review(paper.id, { decision: 'approve' }, who)).statusCode, who).toBe(
        403,
      );
    const [row] = await ctx.db
      .select()
      .from(complianceDocuments)
      .where(eq(complianceDocuments.id, paper.id));
    expect(row!.status).toBe('submitted');
  });
});
