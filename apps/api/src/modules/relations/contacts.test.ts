import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, contactMoments, contacts } from '@stagebureau/db';
import type { Contact, ContactExport } from '@stagebureau/domain';
import { aCompany } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aRelationsWorld, auditOf, type RelationsWorld } from './relations.testWorld';

/** Contacts at organisations (issue 17): primary mark, erasure, export, bad input. */
let ctx: TestContext;
let world: RelationsWorld;
beforeAll(async () => {
  ctx = await startTestApp();
  world = await aRelationsWorld(ctx);
});

const contactsOf = (organisationId: string) =>
  ctx.db.select().from(contacts).where(eq(contacts.organisationId, organisationId));

describe('contacts', () => {
  it('when the bureau adds and edits contacts, then they are listed primary first and audited', async () => {
    const company = await aCompany(ctx.db, world.regionId);
    const first = await world.aContact(
      { name: 'Anna de Vries', isPrimary: true },
      'bureau',
      company.id,
    );
    const second = await world.aContact(
      { name: 'Bart Bos', email: '' },
      'coordinatorA',
      company.id,
    );
    expect(second.email).toBeNull();
    const changed = await world.call('PATCH', `/contacts/${second.id}`, 'bureau', {
      jobTitle: 'Praktijkopleider',
      isPrimary: true,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const list = await world.call('GET', `/organisations/${company.id}/contacts`, 'coordinatorB');
    expect(list.json<{ items: Contact[] }>().items.map((c) => [c.name, c.isPrimary])).toEqual([
      ['Bart Bos', true],
      ['Anna de Vries', false],
    ]);
    const trail = await auditOf(ctx.db, second.id);
    expect(trail.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(trail[1]!.after).toMatchObject({ jobTitle: 'Praktijkopleider', isPrimary: true });
    expect(trail[1]!.after).toMatchObject({ primaryTakenFrom: [first.id] });
  });

  it('when two contacts are made primary at the same time, then exactly one is primary and no 500', async () => {
    const company = await aCompany(ctx.db, world.regionId);
    const existing = await world.aContact({ name: 'Cees', isPrimary: false }, 'bureau', company.id);
    const responses = await Promise.all([
      world.call('POST', `/organisations/${company.id}/contacts`, 'bureau', {
        name: 'Dirk',
        isPrimary: true,
      }),
      world.call('PATCH', `/contacts/${existing.id}`, 'admin', { isPrimary: true }),
      world.call('POST', `/organisations/${company.id}/contacts`, 'coordinatorA', {
        name: 'Eva',
        isPrimary: true,
      }),
    ]);
    for (const response of responses) expect([200, 201, 409]).toContain(response.statusCode);
    const rows = await contactsOf(company.id);
    expect(rows.filter((row) => row.isPrimary)).toHaveLength(1);
  });

  it('when a contact is erased, then the moments stay without the person and the audit keeps no e-mail or phone', async () => {
    const email = `piet.${Date.now()}@noord.nl`;
    const contact = await world.aContact({ name: 'Piet Pieters', email, phone: '0592 123456' });
    const moment = await world.aMoment({ contactId: contact.id, notes: 'Rondleiding gepland' });
    const exported = await world.call('GET', `/contacts/${contact.id}/export`, 'bureau');
    expect(exported.statusCode, exported.body).toBe(200);
    const data = exported.json<ContactExport>();
    expect(data.contact.email).toBe(email);
    expect(data.moments.map((m) => m.id)).toEqual([moment.id]);

    const erased = await world.call('DELETE', `/contacts/${contact.id}`, 'bureau');
    expect(erased.statusCode, erased.body).toBe(204);
    expect(await ctx.db.select().from(contacts).where(eq(contacts.id, contact.id))).toEqual([]);
    const [kept] = await ctx.db
      .select()
      .from(contactMoments)
      .where(eq(contactMoments.id, moment.id));
    expect(kept).toMatchObject({ contactId: null, notes: 'Rondleiding gepland' });
    const trail = await auditOf(ctx.db, contact.id);
    expect(trail.at(-1)).toMatchObject({ action: 'erase', after: { momentsKept: 1 } });
    const leaks = await ctx.db.select().from(auditEvents)
      .where(sql`${auditEvents.before}::text ilike ${'%' + email + '%'}
        or ${auditEvents.after}::text ilike ${'%' + email + '%'}
        or ${auditEvents.after}::text ilike ${'%0592 123456%'}`);
    expect(leaks).toEqual([]);
    expect((await world.call('GET', `/contacts/${contact.id}/export`, 'bureau')).statusCode).toBe(
      404,
    );
  });

  it('when a coordinator asks for a contact export, then forbidden', async () => {
    const contact = await world.aContact({ name: 'Fleur' });
    expect(
      (await world.call('GET', `/contacts/${contact.id}/export`, 'coordinatorA')).statusCode,
    ).toBe(403);
  });

  it('when the input is bad, then 422 problem+json and nothing is written', async () => {
    const before = (await contactsOf(world.company.id)).length;
    for (const body of [
      { name: '' },
      { name: 'X', email: 'geen-email' },
      { name: 'X', phone: 'bel me' },
      { name: 'X', pupil: true },
    ]) {
      const response = await world.call(
        'POST',
        `/organisations/${world.company.id}/contacts`,
        'bureau',
        body,
      );
      expect(response.statusCode, JSON.stringify(body)).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'validation_failed' });
    }
    const contact = await world.aContact({ name: 'Gert' });
    const empty = await world.call('PATCH', `/contacts/${contact.id}`, 'bureau', {});
    expect(empty.statusCode).toBe(422);
    expect((await contactsOf(world.company.id)).length).toBe(before + 1);
  });

  it('when another region’s organisation or contact is named, or a teacher or company asks, then refused', async () => {
    expect(
      (await world.call('GET', `/organisations/${world.foreignCompany.id}/contacts`, 'bureau'))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await world.call('POST', `/organisations/${world.foreignCompany.id}/contacts`, 'bureau', {
          name: 'Hans',
        })
      ).statusCode,
    ).toBe(404);
    const contact = await world.aContact({ name: 'Ilse' });
    expect(
      (await world.call('GET', `/organisations/${world.company.id}/contacts`, 'teacherA'))
        .statusCode,
    ).toBe(403);
    expect((await world.call('DELETE', `/contacts/${contact.id}`, 'company')).statusCode).toBe(403);
  });
});
