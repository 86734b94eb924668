import { beforeAll, describe, expect, it } from 'vitest';
import { aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let regionId: string;
let school: { id: string };
let bureauHeaders: Record<string, string>;
let companyHeaders: Record<string, string>;

beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  school = await aSchool(ctx.db, regionId);
  bureauHeaders = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_staff')).headers;
  const company = await aCompany(ctx.db, regionId);
  companyHeaders = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_admin', company.id))
    .headers;
});

const request = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  headers: object,
  payload?: object,
) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: headers as Record<string, string>,
    payload,
  });
const holiday = {
  kind: 'school_holiday',
  name: 'Herfstvakantie',
  holidayRegion: 'noord',
  startsOn: '2030-10-12',
  endsOn: '2030-10-20',
};

describe('blackouts', () => {
  it('when the bureau adds, edits and deletes a holiday, then the list follows', async () => {
    const created = await request('POST', '/blackouts', bureauHeaders, holiday);
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const edited = await request('PATCH', `/blackouts/${id}`, bureauHeaders, {
      endsOn: '2030-10-21',
    });
    expect(edited.json()).toMatchObject({ endsOn: '2030-10-21', holidayRegion: 'noord' });
    const listed = await request('GET', '/blackouts?from=2030-10-01&to=2030-10-31', companyHeaders);
    expect(listed.json().items.map((b: { id: string }) => b.id)).toEqual([id]);
    expect((await request('DELETE', `/blackouts/${id}`, bureauHeaders)).statusCode).toBe(204);
    expect((await request('GET', '/blackouts', bureauHeaders)).json().items).toEqual([]);
  });

  it('when a company tries to add a blackout, then it is forbidden', async () => {
    expect((await request('POST', '/blackouts', companyHeaders, holiday)).statusCode).toBe(403);
  });

  it('when an exam week has no school or the dates are reversed, then 422 with the field', async () => {
    const noSchool = await request('POST', '/blackouts', bureauHeaders, {
      ...holiday,
      kind: 'exam_week',
      holidayRegion: null,
    });
    expect(noSchool.json().errors).toEqual([expect.objectContaining({ path: 'body.schoolId' })]);
    const reversed = await request('POST', '/blackouts', bureauHeaders, {
      ...holiday,
      endsOn: '2030-10-01',
    });
    expect(reversed.json().errors).toEqual([expect.objectContaining({ path: 'body.endsOn' })]);
    const exams = await request('POST', '/blackouts', bureauHeaders, {
      kind: 'exam_week',
      name: 'Examens',
      schoolId: school.id,
      startsOn: '2030-05-12',
      endsOn: '2030-05-16',
    });
    expect(exams.statusCode).toBe(201);
    const flipped = await request('PATCH', `/blackouts/${exams.json().id}`, bureauHeaders, {
      endsOn: '2030-05-01',
    });
    expect(flipped.statusCode).toBe(422);
  });

  it("when another region's bureau edits a blackout, then it does not exist for them", async () => {
    const id = (await request('POST', '/blackouts', bureauHeaders, holiday)).json().id;
    const elsewhere = (await aRegion(ctx.db)).id;
    const foreign = (await aLoggedInUser(ctx.app, ctx.db, elsewhere, 'bureau_admin')).headers;
    expect((await request('PATCH', `/blackouts/${id}`, foreign, { name: 'x' })).statusCode).toBe(
      404,
    );
  });
});
