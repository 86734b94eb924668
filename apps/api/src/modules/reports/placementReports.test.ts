import { eq } from 'drizzle-orm';
import { sessions } from '@stagebureau/db';
import {
  schoolYearOf,
  type InternshipPlacesReportBody,
  type PlacementCoverageReportBody,
} from '@stagebureau/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { aClass } from '../../../test/builders';
import { parseCsv } from '../../../test/csvParse';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aPlacementWorld, pupilOf, type PlacementWorld } from '../../../test/placementWorld';
import { signedInDatabase } from '../../../test/signedInDatabase';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

/** Places open to every level and profile. */
const open = { levels: [], vmboProfiles: [] };
const teacherPlace = { type: 'teacher_internship', title: 'Docentenstage', ...open };

async function acceptedSelf(w: PlacementWorld, placeId: string) {
  const placed = await w.ok('POST', '/placements/self', 'teacher', { placeId });
  return w.ok('POST', `/placements/${placed.id}/accept`, 'company', undefined, 200);
}

describe('placement coverage', () => {
  it('when pupils of two schools are placed in 2029-2030, then each placed pupil counts once per school and profile, a teacher apart, and proposed, declined, cancelled and next year’s placements not at all', async () => {
    const w = await aPlacementWorld(ctx);
    const class4H = await aClass(ctx.db, w.regionId, w.school.id, {
      name: '4H',
      educationLevel: 'havo',
      schoolYear: 4,
    });
    const march = await w.aPlace({ places: 10, ...open });
    const april = await w.aPlace({ startsOn: '2030-04-08', endsOn: '2030-04-18', ...open });
    const nextYear = await w.aPlace({ startsOn: '2030-09-02', endsOn: '2030-09-26' });
    const teachers = await w.aPlace({ ...teacherPlace });

    const anna = await w.aPupil('Anna', 'Visser');
    await w.accepted(march.id, anna.id);
    await w.accepted(april.id, anna.id);
    const bram = await w.aPupil('Bram', 'Smit');
    await signedInDatabase(ctx.db, (await w.accepted(march.id, bram.id)).id);
    const cor = await w.ok('POST', '/pupils', 'school', pupilOf(class4H.id, 'Cor', 'Bakker'));
    await w.accepted(march.id, cor.id);
    expect((await w.propose(march.id, (await w.aPupil('Dirk')).id)).statusCode).toBe(201);
    const eva = (await w.propose(march.id, (await w.aPupil('Eva')).id)).json();
    await w.ok('POST', `/placements/${eva.id}/decline`, 'company', { reason: 'Vol' }, 200);
    const fleur = await w.accepted(march.id, (await w.aPupil('Fleur')).id);
    await w.ok('POST', `/placements/${fleur.id}/cancel`, 'school', { reason: 'Ziek' }, 200);
    await w.accepted(nextYear.id, (await w.aPupil('Hans')).id);
    await acceptedSelf(w, teachers.id);
    const gijs = await w.aPupil('Gijs', 'de Wit', 'otherSchool');
    expect((await w.propose(march.id, gijs.id, 'otherSchool')).statusCode).toBe(201);
    const [gijsPlacement] = (await w.ok('GET', `/placements?participantId=${gijs.id}`, 'company'))
      .items;
    await w.ok('POST', `/placements/${gijsPlacement.id}/accept`, 'company', undefined, 200);

    const report: PlacementCoverageReportBody = await w.ok(
      'GET',
      '/reports/placement-coverage?schoolYear=2029-2030',
      'bureau',
    );

    // By hand: Nassau — Anna (2 placements), Bram (signed), Cor (havo); Esdal — Gijs.
    expect(report.total).toEqual({ pupils: 4, placements: 5, teachers: 1 });
    expect(report.bySchool.map((s) => [s.name, s.pupils, s.placements, s.teachers])).toEqual([
      ['Dr. Nassau College', 3, 4, 1],
      ['Esdal College', 1, 1, 0],
    ]);
    expect(
      report.bySchoolAndProfile.map((r) => [r.name, r.educationLevel, r.vmboProfile, r.pupils]),
    ).toEqual([
      ['Dr. Nassau College', 'havo', null, 1],
      ['Dr. Nassau College', 'vmbo-kb', 'PIE', 2],
      ['Esdal College', 'vmbo-kb', 'PIE', 1],
    ]);
    expect(report.byLevel).toEqual([
      { key: 'havo', pupils: 1 },
      { key: 'vmbo-kb', pupils: 3 },
    ]);
    const body = JSON.stringify(report);
    for (const name of ['Anna', 'Visser', 'Gijs', anna.pseudonym]) expect(body).not.toContain(name);

    const nextYearReport = await w.ok(
      'GET',
      '/reports/placement-coverage?schoolYear=2030-2031',
      'bureau',
    );
    expect(nextYearReport.total).toEqual({ pupils: 1, placements: 1, teachers: 0 });

    const csv = await w.call(
      'GET',
      '/reports/placement-coverage?schoolYear=2029-2030&format=csv',
      'bureau',
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain('stagedekking-2029-2030.csv');
    const rows = parseCsv(csv.body, ',');
    expect(rows[0]).toEqual([
      'schooljaar',
      'school',
      'niveau',
      'vmbo_profiel',
      'leerlingen',
      'plaatsingen',
      'docenten',
    ]);
    expect(rows).toContainEqual(['2029-2030', 'Dr. Nassau College', '', '', '3', '4', '1']);
    expect(rows).toContainEqual(['2029-2030', 'Dr. Nassau College', 'vmbo-kb', 'PIE', '2', '', '']);
  });

  it('when a school, a company or anyone without a login asks, then it is refused; a bad school year or an unknown filter is 422', async () => {
    const w = await aPlacementWorld(ctx);
    for (const path of ['/reports/placement-coverage', '/reports/internship-places']) {
      expect((await w.call('GET', path, 'school')).statusCode).toBe(403);
      expect((await w.call('GET', path, 'company')).statusCode).toBe(403);
      expect((await w.call('GET', path, null)).statusCode).toBe(401);
      expect((await w.call('GET', `${path}?schoolYear=2029-2031`, 'bureau')).statusCode).toBe(422);
      expect((await w.call('GET', `${path}?companyId=${w.company.id}`, 'bureau')).statusCode).toBe(
        422,
      );
      const current = await w.ok('GET', path, 'bureau');
      expect(current.schoolYear).toBe(schoolYearOf(new Date()));
    }
  });
});

describe('internship places this school year against last year', () => {
  it('when places are offered and filled in 2029-2030 and 2030-2031, then the counts per type and their change equal a hand count; cancelled places and unfilled placements do not count', async () => {
    const w = await aPlacementWorld(ctx);
    // 2029-2030 (last year).
    const a = await w.aPlace({ places: 2 });
    await w.accepted(a.id, (await w.aPupil('A1')).id);
    await w.accepted(a.id, (await w.aPupil('A2')).id);
    const b = await w.aPlace({ places: 3, startsOn: '2030-04-08', endsOn: '2030-04-18' });
    await w.accepted(b.id, (await w.aPupil('B1')).id);
    expect((await w.propose(b.id, (await w.aPupil('B2')).id)).statusCode).toBe(201);
    const declined = (await w.propose(b.id, (await w.aPupil('B3')).id)).json();
    await w.ok('POST', `/placements/${declined.id}/decline`, 'company', { reason: 'Nee' }, 200);
    await w.aPlace({ type: 'job_shadow', places: 1, startsOn: '2030-03-05', endsOn: '2030-03-05' });
    const d = await w.aPlace({ ...teacherPlace, places: 1 });
    await acceptedSelf(w, d.id);
    const cancelled = await w.aPlace({ places: 4, startsOn: '2030-05-06', endsOn: '2030-05-09' });
    await ctx.db
      .update(sessions)
      .set({ status: 'cancelled', cancelledAt: new Date() })
      .where(eq(sessions.id, cancelled.sessionId));
    // 2030-2031 (this year).
    const f = await w.aPlace({ places: 5, startsOn: '2030-09-02', endsOn: '2030-09-26' });
    await w.accepted(f.id, (await w.aPupil('F1')).id);
    await signedInDatabase(ctx.db, (await w.accepted(f.id, (await w.aPupil('F2')).id)).id);
    const g = await w.aPlace({
      type: 'job_shadow',
      places: 2,
      startsOn: '2030-10-01',
      endsOn: '2030-10-01',
      weekdays: [2],
    });
    await w.accepted(g.id, (await w.aPupil('G1')).id);

    const report: InternshipPlacesReportBody = await w.ok(
      'GET',
      '/reports/internship-places?schoolYear=2030-2031',
      'bureau',
    );

    expect(report.previousSchoolYear).toBe('2029-2030');
    const counts = (listings: number, offered: number, filled: number) => ({
      listings,
      offered,
      filled,
    });
    expect(report.byType).toEqual([
      {
        type: 'job_shadow',
        current: counts(1, 2, 1),
        previous: counts(1, 1, 0),
        change: counts(0, 1, 1),
      },
      {
        type: 'internship',
        current: counts(1, 5, 2),
        previous: counts(2, 5, 3),
        change: counts(-1, 0, -1),
      },
      {
        type: 'teacher_internship',
        current: counts(0, 0, 0),
        previous: counts(1, 1, 1),
        change: counts(-1, -1, -1),
      },
    ]);
    expect(report.total).toEqual({
      current: counts(2, 7, 3),
      previous: counts(4, 7, 4),
      change: counts(-2, 0, -1),
    });

    const csv = await w.call(
      'GET',
      '/reports/internship-places?schoolYear=2030-2031&format=csv',
      'bureau',
    );
    expect(csv.statusCode).toBe(200);
    const rows = parseCsv(csv.body, ',');
    expect(rows[0]).toEqual([
      'soort',
      'aangeboden_2030-2031',
      'bezet_2030-2031',
      'aangeboden_2029-2030',
      'bezet_2029-2030',
      'verschil_aangeboden',
      'verschil_bezet',
    ]);
    expect(rows.at(-1)).toEqual(['totaal', '7', '3', '7', '4', '0', '-1']);
    // Types by their Dutch names, as the bureau reads them.
    expect(rows.slice(1, -1).map((row) => row[0])).toEqual(expect.arrayContaining(['Stage']));
    for (const row of rows.slice(1, -1)) expect(row[0]).toMatch(/^[A-Z][a-z]/);
  });
});
