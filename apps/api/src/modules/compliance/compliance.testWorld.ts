import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { complianceDocuments, regions, type Database } from '@stagebureau/db';
import {
  addDays,
  defaultRegionSettings,
  localDateOf,
  type ComplianceDocument,
  type RegionSettings,
} from '@stagebureau/domain';
import { aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import type { TestContext } from '../../../test/harness';
import { aPdf, multipartBody } from '../storage/storage.testWorld';

/** The demo's rule: pupils at a workplace need insurance, a VOG and a risk assessment. */
export const workplaceRequirements: RegionSettings['complianceRequirements'] = {
  internship: ['liability_insurance', 'vog', 'risk_assessment'],
  job_shadow: ['liability_insurance', 'vog', 'risk_assessment'],
  company_visit: ['liability_insurance', 'safety_instructions'],
};

/** Validity around today's Dutch date, as an upload's fields. */
export const validFor = (fromDays: number, untilDays: number, today = localDateOf(new Date())) => ({
  validFrom: addDays(today, fromDays),
  validUntil: addDays(today, untilDays),
});

/** Sets (part of) a region's settings directly, as the bureau's settings page would. */
export async function withSettings(
  db: Database,
  regionId: string,
  settings: Partial<RegionSettings>,
) {
  await db
    .update(regions)
    .set({ settings: sql`${regions.settings} || ${JSON.stringify(settings)}::jsonb` })
    .where(eq(regions.id, regionId));
}

/**
 * A region with the workplace requirements, a company with its admin and member, another
 * company, a school with its coordinator and teacher, and the bureau, all logged in. Papers
 * go through the API: upload (multipart) and the bureau's review.
 */
export async function aComplianceWorld(ctx: TestContext, settings: Partial<RegionSettings> = {}) {
  const region = await aRegion(ctx.db, {
    ...defaultRegionSettings,
    complianceRequirements: workplaceRequirements,
    ...settings,
  });
  const regionId = region.id;
  const company = await aCompany(ctx.db, regionId, { name: 'Installatiebedrijf Noord' });
  const otherCompany = await aCompany(ctx.db, regionId, { name: 'Bouwbedrijf Zuid' });
  const school = await aSchool(ctx.db, regionId, { name: 'Dr. Nassau College' });
  const login = (role: Parameters<typeof aLoggedInUser>[3], org: string | null = null) =>
    aLoggedInUser(ctx.app, ctx.db, regionId, role, org);
  const users = {
    company: await login('company_admin', company.id),
    member: await login('company_member', company.id),
    otherCompany: await login('company_admin', otherCompany.id),
    school: await login('school_coordinator', school.id),
    teacher: await login('teacher', school.id),
    bureau: await login('bureau_staff'),
  };
  type Who = keyof typeof users;

  const upload = async (
    fields: Record<string, string>,
    options: { who?: Who; companyId?: string; bytes?: Buffer; fileName?: string } = {},
  ) => {
    const body = multipartBody(
      {
        bytes: options.bytes ?? (await aPdf('Polis')),
        fileName: options.fileName ?? 'polis.pdf',
        type: 'application/pdf',
      },
      fields,
    );
    return ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${options.companyId ?? company.id}/compliance-documents`,
      headers: { ...users[options.who ?? 'company'].headers, ...body.headers },
      payload: body.payload,
    });
  };
  const review = (id: string, body: object, who: Who = 'bureau') =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1/compliance-documents/${id}/review`,
      headers: users[who].headers,
      payload: body,
    });
  /** A paper uploaded by the company and approved by the bureau: it counts from now on. */
  const anApprovedPaper = async (
    kind: string,
    validity = validFor(-30, 365),
    extra: { subjectName?: string; companyId?: string } = {},
  ): Promise<ComplianceDocument> => {
    const { companyId, ...fields } = extra;
    const uploaded = await upload(
      { kind, ...validity, ...fields },
      companyId ? { companyId, who: 'bureau' } : {},
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const approved = await review(uploaded.json<ComplianceDocument>().id, { decision: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    return approved.json();
  };
  const papersFor = async (kinds: string[], extra: { companyId?: string } = {}) => {
    for (const kind of kinds) await anApprovedPaper(kind, validFor(-30, 365), extra);
  };
  return {
    region,
    regionId,
    company,
    otherCompany,
    school,
    users,
    upload,
    review,
    anApprovedPaper,
    papersFor,
  };
}
export type ComplianceWorld = Awaited<ReturnType<typeof aComplianceWorld>>;

/** Every paper row of a company, straight from the table. */
export const rowsOf = (db: Database, companyId: string) =>
  db.select().from(complianceDocuments).where(eq(complianceDocuments.organisationId, companyId));
