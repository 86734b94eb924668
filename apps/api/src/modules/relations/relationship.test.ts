import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contactMoments, relationshipManagers } from '@stagebureau/db';
import type { ContactMoment, Relationship } from '@stagebureau/domain';
import { aUser } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aRelationsWorld, auditOf, type RelationsWorld } from './relations.testWorld';

/** A company's relationship (issue 17): managers, ambassador, who sees which moments. */
let ctx: TestContext;
let world: RelationsWorld;
beforeAll(async () => {
  ctx = await startTestApp();
  world = await aRelationsWorld(ctx);
});

const relationshipFor = async (who: keyof RelationsWorld['users']) => {
  const response = await world.call('GET', `/companies/${world.company.id}/relationship`, who);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Relationship>();
};

describe('contact moments and follow-ups: coordinator vs bureau', () => {
  it('when the bureau and two schools log moments and follow-ups, then a coordinator sees only their own school’s and the bureau all', async () => {
    const bureauMoment = await world.aMoment({ notes: 'Bureau: geheime notitie' }, 'bureau');
    const momentA = await world.aMoment({ kind: 'visit' }, 'coordinatorA');
    const momentB = await world.aMoment({ kind: 'email' }, 'coordinatorB');
    expect(momentA.schoolId).toBe(world.schoolA.id);
    expect(bureauMoment.schoolId).toBeNull();
    await world.aFollowUp({ description: 'Bureau-actie' }, 'bureau');
    await world.aFollowUp({ description: 'School A-actie' }, 'coordinatorA');

    const listed = async (who: keyof RelationsWorld['users']) =>
      (await world.call('GET', `/companies/${world.company.id}/contact-moments`, who))
        .json<{ items: ContactMoment[] }>()
        .items.map((m) => m.id);
    expect(await listed('coordinatorA')).toEqual([momentA.id]);
    expect((await listed('bureau')).sort()).toEqual(
      [bureauMoment.id, momentA.id, momentB.id].sort(),
    );
    const forA = await relationshipFor('coordinatorA');
    expect(forA.latestMoments.map((m) => m.id)).toEqual([momentA.id]);
    expect(forA.openFollowUps.map((f) => f.description)).toEqual(['School A-actie']);
    expect(JSON.stringify(forA)).not.toContain('geheime notitie');
    const forBureau = await relationshipFor('bureau');
    expect(forBureau.openFollowUps.map((f) => f.description).sort()).toEqual([
      'Bureau-actie',
      'School A-actie',
    ]);
    // The coordinator may pick bureau staff and their own school's coordinators only.
    expect(forA.people.map((p) => p.id)).toContain(world.users.bureau.user.id);
    expect(forA.people.map((p) => p.id)).not.toContain(world.users.coordinatorB.user.id);
  });

  it('when a moment names another company’s contact, then 422 and nothing is written', async () => {
    const other = await world.aContact({ name: 'Elders' }, 'bureau', world.schoolA.id);
    const before = await ctx.db
      .select()
      .from(contactMoments)
      .where(eq(contactMoments.companyId, world.company.id));
    const response = await world.call(
      'POST',
      `/companies/${world.company.id}/contact-moments`,
      'bureau',
      {
        kind: 'call',
        occurredAt: '2027-03-01T10:00:00.000Z',
        contactId: other.id,
      },
    );
    expect(response.statusCode).toBe(422);
    const bad = await world.call(
      'POST',
      `/companies/${world.company.id}/contact-moments`,
      'bureau',
      {
        kind: 'fax',
        occurredAt: 'gisteren',
      },
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const after = await ctx.db
      .select()
      .from(contactMoments)
      .where(eq(contactMoments.companyId, world.company.id));
    expect(after).toHaveLength(before.length);
  });

  it('when another region’s company or a school is named, then 404', async () => {
    for (const id of [world.foreignCompany.id, world.schoolA.id]) {
      expect((await world.call('GET', `/companies/${id}/relationship`, 'bureau')).statusCode).toBe(
        404,
      );
      expect(
        (
          await world.call('POST', `/companies/${id}/contact-moments`, 'bureau', {
            kind: 'call',
            occurredAt: '2027-03-01T10:00:00.000Z',
          })
        ).statusCode,
      ).toBe(404);
    }
  });
});

describe('relationship managers', () => {
  it('when the bureau sets the bureau-wide manager and a coordinator their school’s, then both show and are audited', async () => {
    const bureauWide = await world.call('PUT', `/companies/${world.company.id}/managers`, 'admin', {
      schoolId: null,
      userId: world.users.bureau.user.id,
    });
    expect(bureauWide.statusCode, bureauWide.body).toBe(200);
    const school = await world.call(
      'PUT',
      `/companies/${world.company.id}/managers`,
      'coordinatorA',
      {
        schoolId: world.schoolA.id,
        userId: world.users.coordinatorA.user.id,
      },
    );
    expect(school.statusCode, school.body).toBe(200);
    // Replacing keeps one per slot.
    const again = await world.call('PUT', `/companies/${world.company.id}/managers`, 'bureau', {
      schoolId: null,
      userId: world.users.admin.user.id,
    });
    expect(again.statusCode).toBe(200);
    const managers = (await relationshipFor('bureau')).managers;
    expect(managers.map((m) => [m.schoolId, m.userId]).sort()).toEqual(
      [
        [null, world.users.admin.user.id],
        [world.schoolA.id, world.users.coordinatorA.user.id],
      ].sort(),
    );
    const trail = await auditOf(ctx.db, world.company.id);
    expect(trail.filter((e) => e.entity === 'relationship_manager')).toHaveLength(3);
  });

  it('when the wrong person is named or a coordinator sets another slot, then 422 or 403 and nothing changes', async () => {
    const before = await ctx.db.select().from(relationshipManagers);
    const asCoordinator = (body: object) =>
      world.call('PUT', `/companies/${world.company.id}/managers`, 'coordinatorA', body);
    expect(
      (await asCoordinator({ schoolId: null, userId: world.users.bureau.user.id })).statusCode,
    ).toBe(403);
    expect(
      (
        await asCoordinator({
          schoolId: world.schoolB.id,
          userId: world.users.coordinatorB.user.id,
        })
      ).statusCode,
    ).toBe(403);
    const teacher = await world.call('PUT', `/companies/${world.company.id}/managers`, 'bureau', {
      schoolId: world.schoolA.id,
      userId: world.users.teacherA.user.id,
    });
    expect(teacher.statusCode).toBe(422);
    const coordinatorForBureau = await world.call(
      'PUT',
      `/companies/${world.company.id}/managers`,
      'bureau',
      {
        schoolId: null,
        userId: world.users.coordinatorA.user.id,
      },
    );
    expect(coordinatorForBureau.statusCode).toBe(422);
    const foreignUser = await aUser(ctx.db, world.foreignCompany.regionId, 'bureau_staff');
    const foreign = await world.call('PUT', `/companies/${world.company.id}/managers`, 'bureau', {
      schoolId: null,
      userId: foreignUser.id,
    });
    expect(foreign.statusCode).toBe(422);
    expect(await ctx.db.select().from(relationshipManagers)).toEqual(before);
  });

  it('when a coordinator removes their school’s manager, then it is gone; another slot is 403', async () => {
    expect(
      (
        await world.call(
          'DELETE',
          `/companies/${world.company.id}/managers?schoolId=${world.schoolB.id}`,
          'coordinatorA',
        )
      ).statusCode,
    ).toBe(403);
    const removed = await world.call(
      'DELETE',
      `/companies/${world.company.id}/managers?schoolId=${world.schoolA.id}`,
      'coordinatorA',
    );
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await relationshipFor('bureau')).managers.map((m) => m.schoolId)).toEqual([null]);
  });
});

describe('ambassadors', () => {
  it('when the bureau marks a company as ambassador, then the relationship shows it; unmarking clears it', async () => {
    const marked = await world.call('PUT', `/companies/${world.company.id}/ambassador`, 'bureau', {
      ambassador: true,
      note: 'Spreekt op de techniekavond',
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect((await relationshipFor('coordinatorA')).ambassador).toMatchObject({
      note: 'Spreekt op de techniekavond',
    });
    const unmarked = await world.call('PUT', `/companies/${world.company.id}/ambassador`, 'admin', {
      ambassador: false,
    });
    expect(unmarked.json()).toEqual({ ambassador: null });
    expect((await relationshipFor('bureau')).ambassador).toBeNull();
    const trail = await auditOf(ctx.db, world.company.id);
    expect(trail.filter((e) => e.entity === 'ambassador').map((e) => e.action)).toEqual([
      'mark',
      'unmark',
    ]);
  });

  it('when a coordinator marks an ambassador, then forbidden', async () => {
    const response = await world.call(
      'PUT',
      `/companies/${world.company.id}/ambassador`,
      'coordinatorA',
      {
        ambassador: true,
      },
    );
    expect(response.statusCode).toBe(403);
  });
});
