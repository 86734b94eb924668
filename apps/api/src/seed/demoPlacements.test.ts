import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attendanceWeeks,
  participants,
  placementEvaluations,
  placementPreferences,
  placementRounds,
  placements,
  regions,
} from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../test/harness';
import { aDiskBackend } from '../modules/storage/storage.testWorld';
import type { ObjectStore } from '../modules/storage';
import { seedDemo } from './demo';
import { demoRegion } from './demoData';

let ctx: TestContext;
let store: ObjectStore;
let regionId: string;
beforeAll(async () => {
  ctx = await startTestApp();
  store = (await aDiskBackend()).store;
  await seedDemo(ctx.db, () => {}, store);
  regionId = (await ctx.db.select().from(regions).where(eq(regions.slug, demoRegion.slug)))[0]!.id;
});

describe('demo seed: internship placements (issue 16)', () => {
  it('when seeded, then every step of a placement is on show: completed, signed, accepted, proposed', async () => {
    const rows = await ctx.db.select().from(placements).where(eq(placements.regionId, regionId));
    const statuses = rows.map((row) => row.status).sort();
    expect(statuses).toEqual(['accepted', 'accepted', 'completed', 'proposed', 'signed']);
    const teachers = await ctx.db
      .select()
      .from(participants)
      .where(and(eq(participants.regionId, regionId), eq(participants.kind, 'teacher')));
    expect(teachers).toHaveLength(1);
  });

  it('when seeded, then the completed stage has confirmed weeks with hours and an evaluation', async () => {
    const [done] = await ctx.db
      .select()
      .from(placements)
      .where(and(eq(placements.regionId, regionId), eq(placements.status, 'completed')));
    const weeks = await ctx.db
      .select()
      .from(attendanceWeeks)
      .where(eq(attendanceWeeks.placementId, done!.id));
    expect(weeks.length).toBeGreaterThanOrEqual(3);
    expect(weeks.every((week) => week.confirmedAt !== null && week.hours > 0)).toBe(true);
    const [evaluation] = await ctx.db
      .select()
      .from(placementEvaluations)
      .where(eq(placementEvaluations.placementId, done!.id));
    expect(evaluation!.submittedAt).not.toBeNull();
  });

  it('when seeded, then the running stage has its first week confirmed and the second awaiting the supervisor', async () => {
    const [running] = await ctx.db
      .select()
      .from(placements)
      .where(and(eq(placements.regionId, regionId), eq(placements.status, 'signed')));
    const weeks = await ctx.db
      .select()
      .from(attendanceWeeks)
      .where(eq(attendanceWeeks.placementId, running!.id))
      .orderBy(attendanceWeeks.weekOf);
    // In summer the period ends on 31 July: more weeks may have ended, the first two are these.
    expect(weeks.slice(0, 2).map((week) => week.confirmedAt !== null)).toEqual([true, false]);
    expect(weeks[1]!.tokenHash).not.toBeNull();
  });

  it("when seeded, then a school's matching round is run with an explanation for every pupil", async () => {
    const [round] = await ctx.db
      .select()
      .from(placementRounds)
      .where(eq(placementRounds.regionId, regionId));
    expect(round!.status).toBe('run');
    const preferences = await ctx.db
      .select()
      .from(placementPreferences)
      .where(eq(placementPreferences.roundId, round!.id));
    expect(preferences).toHaveLength(3);
    expect(preferences.every((row) => row.result !== null)).toBe(true);
  });
});
