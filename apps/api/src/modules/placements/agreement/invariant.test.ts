import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendanceWeeks, conflicts } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../../test/harness';
import { aPlacementWorld } from '../../../../test/placementWorld';
import { startSmtpServer, type TestSmtpServer } from '../../../../test/smtpServer';
import {
  anAcceptedPlacement,
  linkOf,
  mailedLinks,
  placementRow,
  sign,
  signatureRows,
  smtpConfig,
} from './signing.testWorld';
import { runUnsignedSweep } from './sweep';

let ctx: TestContext;
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  ctx = await startTestApp(smtpConfig(smtp));
});
afterAll(async () => smtp.close());

/** The database's refusal: a check_violation naming the rule. */
async function refusal(statement: Promise<unknown>) {
  const error = await statement.then(
    () => null,
    (e: unknown) => e as { cause?: { code?: string; constraint?: string; message?: string } },
  );
  expect(error, 'the database refused').not.toBeNull();
  return {
    code: error!.cause?.code,
    constraint: error!.cause?.constraint,
    message: error!.cause?.message,
  };
}

const setStatus = (id: string, status: string) =>
  ctx.db.execute(sql`update placements set status = ${status} where id = ${id}`);
const addWeek = (placementId: string, regionId: string) =>
  ctx.db.insert(attendanceWeeks).values({ placementId, regionId, weekOf: '2030-03-04' });

/** Signs every link of a placement but the parties named. */
async function signAllBut(links: Awaited<ReturnType<typeof mailedLinks>>, ...except: string[]) {
  for (const link of links.filter((l) => !except.includes(l.party)))
    expect(
      (await sign(ctx, link.token, { typedName: `Naam ${link.party}`, consent: true })).statusCode,
    ).toBe(200);
}

describe('a placement never starts without every required signature (in the database)', () => {
  it('when the status is set to signed with the guardian missing, then the database refuses and names the party', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement } = await anAcceptedPlacement(world);
    await signAllBut(await mailedLinks(ctx, smtp), 'guardian');

    const refused = await refusal(setStatus(placement.id, 'signed'));
    expect(refused).toMatchObject({
      code: '23514',
      constraint: 'placements_signed_requires_signatures',
    });
    expect(refused.message).toContain('not signed by guardian');
    expect(await refusal(setStatus(placement.id, 'completed'))).toMatchObject({ code: '23514' });
    expect((await placementRow(ctx, placement.id)).status).toBe('accepted');
  });

  it('when a placement was accepted but never sent for signing, then signed is refused too', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement } = await anAcceptedPlacement(world, { adult: true });
    await mailedLinks(ctx, smtp);
    await ctx.db.execute(
      sql`delete from placement_signatures where placement_id = ${placement.id}`,
    );
    const refused = await refusal(setStatus(placement.id, 'signed'));
    expect(refused.message).toContain('not signed by school, company, pupil');
  });

  it('when attendance is recorded before signing, then the database refuses; once signed it is accepted', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement } = await anAcceptedPlacement(world, { adult: true });
    const links = await mailedLinks(ctx, smtp);
    expect(await refusal(addWeek(placement.id, world.regionId))).toMatchObject({
      code: '23514',
      constraint: 'attendance_weeks_placement_signed',
    });

    await signAllBut(links);
    expect((await placementRow(ctx, placement.id)).status).toBe('signed');
    await addWeek(placement.id, world.regionId);
    const weeks = await ctx.db
      .select()
      .from(attendanceWeeks)
      .where(eq(attendanceWeeks.placementId, placement.id));
    expect(weeks).toHaveLength(1);
  });

  it('when a given signature is changed or deleted, or the signed text swapped, then the database refuses', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement } = await anAcceptedPlacement(world, { adult: true });
    const links = await mailedLinks(ctx, smtp);
    await signAllBut(links);
    const company = linkOf(links, 'company').signatureId;

    for (const statement of [
      sql`update placement_signatures set signed_at = null where id = ${company}`,
      sql`update placement_signatures set signed_hash = 'x' where id = ${company}`,
      sql`delete from placement_signatures where id = ${company}`,
      sql`update placements set agreement_hash = 'x' where id = ${placement.id}`,
    ])
      expect((await refusal(ctx.db.execute(statement))).code).toBe('23514');
    // Erasure may still blank the typed name of a signature.
    await ctx.db.execute(
      sql`update placement_signatures set typed_name = null where id = ${company}`,
    );
    expect((await signatureRows(ctx, placement.id)).every((row) => row.signedAt)).toBe(true);
  });
});

describe('the unsigned placements sweep', () => {
  const conflictsOf = (regionId: string) =>
    ctx.db
      .select()
      .from(conflicts)
      .where(and(eq(conflicts.regionId, regionId), eq(conflicts.type, 'placement_unsigned')));

  it('when a placement starts within 7 days unsigned, then one conflict lists the missing parties, and a second sweep adds none', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement, pupil } = await anAcceptedPlacement(world);
    const links = await mailedLinks(ctx, smtp);
    await sign(ctx, linkOf(links, 'company').token, { typedName: 'Henk', consent: true });

    // Eight days before Monday 4 March 2030: not yet.
    await runUnsignedSweep(ctx.db, new Date('2030-02-24T09:00:00Z'));
    expect(await conflictsOf(world.regionId)).toEqual([]);

    const fiveDaysBefore = new Date('2030-02-27T09:00:00Z');
    const [first, second] = await Promise.all([
      runUnsignedSweep(ctx.db, fiveDaysBefore),
      runUnsignedSweep(ctx.db, fiveDaysBefore),
    ]);
    const third = await runUnsignedSweep(ctx.db, new Date('2030-03-02T09:00:00Z'));
    const raised = await conflictsOf(world.regionId);
    expect(raised).toHaveLength(1);
    // The sweeps cover every region of this file's database: together they raised each
    // placement's conflict once, and the third sweep found nothing new anywhere.
    const everywhere = await ctx.db
      .select({ details: conflicts.details })
      .from(conflicts)
      .where(eq(conflicts.type, 'placement_unsigned'));
    const placementIds = everywhere.map((c) => (c.details as { placementId: string }).placementId);
    expect(new Set(placementIds).size).toBe(placementIds.length);
    expect(first.raised + second.raised).toBe(placementIds.length);
    expect(third.raised).toBe(0);
    expect(raised[0]).toMatchObject({
      severity: 'high',
      status: 'open',
      schoolId: world.school.id,
      bookingIds: [placement.bookingId],
      details: {
        placementId: placement.id,
        pseudonym: pupil.pseudonym,
        startsOn: '2030-03-04',
        missingParties: ['school', 'pupil', 'guardian'],
      },
    });
    // The bureau reads pseudonyms, never names.
    expect(JSON.stringify(raised[0]!.details)).not.toContain('de Boer');

    // The missing parties sign: the conflict closes by itself.
    for (const party of ['school', 'pupil', 'guardian'])
      await sign(ctx, linkOf(links, party).token, { typedName: 'Naam', consent: true });
    expect((await placementRow(ctx, placement.id)).status).toBe('signed');
    expect((await conflictsOf(world.regionId))[0]).toMatchObject({
      status: 'resolved',
      resolutionNote: 'every party signed',
    });
  });

  it('when every party signed, or the placement is cancelled, then no conflict is raised', async () => {
    const world = await aPlacementWorld(ctx);
    const signed = await anAcceptedPlacement(world, { adult: true });
    await signAllBut(await mailedLinks(ctx, smtp));
    const place = await world.aPlace({ title: 'Tweede plek' });
    const pupil = await world.aPupil('Eva', 'Smit');
    const cancelled = await world.accepted(place.id, pupil.id);
    await world.ok('POST', `/placements/${cancelled.id}/cancel`, 'school', { reason: 'Ziek' }, 200);
    await mailedLinks(ctx, smtp);

    expect((await placementRow(ctx, signed.placement.id)).status).toBe('signed');
    await runUnsignedSweep(ctx.db, new Date('2030-03-01T09:00:00Z'));
    expect(await conflictsOf(world.regionId)).toEqual([]);
  });
});
