import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, placementSignatures } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../../test/harness';
import { aPlacementWorld } from '../../../../test/placementWorld';
import { startSmtpServer, type TestSmtpServer } from '../../../../test/smtpServer';
import {
  anAcceptedPlacement,
  delivered,
  linkOf,
  mailedLinks,
  placementRow,
  sign,
  signatureRows,
  smtpConfig,
  view,
} from './signing.testWorld';

let ctx: TestContext;
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  ctx = await startTestApp(smtpConfig(smtp));
});
afterAll(async () => smtp.close());

const consent = (typedName: string) => ({ typedName, consent: true });

/** A minor's accepted placement and its four mailed links. */
async function aMinorsPlacement() {
  const world = await aPlacementWorld(ctx);
  const accepted = await anAcceptedPlacement(world);
  const links = await mailedLinks(ctx, smtp);
  return { world, ...accepted, links };
}

describe('reading a signing link', () => {
  it('when a guardian opens the link, then the agreement text, the party, who signed (not by name) and the expiry show', async () => {
    const { placement, links } = await aMinorsPlacement();
    const signed = await sign(ctx, linkOf(links, 'company').token, consent('Henk de Vries'));
    expect(signed.statusCode, signed.body).toBe(200);

    const response = await view(ctx, linkOf(links, 'guardian').token);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body.party).toBe('guardian');
    expect(body.placeTitle).toBe('Stage installatietechniek');
    expect(body.agreementHash).toBe((await placementRow(ctx, placement.id)).agreementHash);
    expect(body.agreementText).toContain('Sanne de Boer, leerling van Dr. Nassau College');
    expect(body.parties).toEqual([
      { party: 'school', signed: false },
      { party: 'company', signed: true },
      { party: 'pupil', signed: false },
      { party: 'guardian', signed: false },
    ]);
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    // The company's typed name is on the signature page, not in anyone else's link.
    expect(response.body).not.toContain('"typedName"');
  });
});

describe('signing by link', () => {
  it('when every party signs through its link, then the placement is signed and school and company hear it', async () => {
    const { world, placement, links } = await aMinorsPlacement();
    const names = { school: 'M. Jansen', company: 'Henk de Vries', pupil: 'Sanne de Boer' };
    for (const [party, name] of Object.entries(names)) {
      const response = await sign(ctx, linkOf(links, party).token, consent(name));
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ party, complete: false });
    }
    expect((await placementRow(ctx, placement.id)).status).toBe('accepted');

    const last = await sign(ctx, linkOf(links, 'guardian').token, consent('P. de Boer'));
    expect(last.statusCode, last.body).toBe(200);
    const row = await placementRow(ctx, placement.id);
    expect(last.json()).toEqual({
      party: 'guardian',
      signedAt: expect.any(String),
      agreementHash: row.agreementHash,
      complete: true,
    });
    expect(row.status).toBe('signed');
    const rows = await signatureRows(ctx, placement.id);
    expect(rows.every((r) => r.signedAt && r.signedHash === row.agreementHash)).toBe(true);
    expect(rows.find((r) => r.party === 'guardian')!.typedName).toBe('P. de Boer');

    const seen = await world.ok('GET', `/placements/${placement.id}`, 'school');
    expect(seen.status).toBe('signed');
    expect(seen.signatures.every((s: { signed: boolean }) => s.signed)).toBe(true);

    const mails = (await delivered(ctx, smtp)).filter((mail) =>
      mail.eventKey.startsWith('placement.signed:'),
    );
    const recipients = mails.flatMap((mail) => mail.to).sort();
    expect(recipients).toEqual(
      [world.users.school.user.email, world.users.company.user.email].sort(),
    );
    expect(mails[0]!.subject).toBe('Stageovereenkomst ondertekend: Stage installatietechniek');
    expect(mails[0]!.text).toContain(row.agreementHash!);

    const audit = await ctx.db
      .select({ action: auditEvents.action, role: auditEvents.actorRole })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, placement.id));
    expect(audit.filter((a) => a.action === 'agreement.signed')).toHaveLength(4);
    expect(audit).toContainEqual({ action: 'signed', role: 'signer:guardian' });
  });

  it('when a link is used a second time, then 410 signing_link_invalid and nothing changes', async () => {
    const { placement, links } = await aMinorsPlacement();
    const pupil = linkOf(links, 'pupil');
    expect((await sign(ctx, pupil.token, consent('Sanne de Boer'))).statusCode).toBe(200);
    const before = await signatureRows(ctx, placement.id);

    const again = await sign(ctx, pupil.token, consent('Someone Else'));
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('signing_link_invalid');
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect((await view(ctx, pupil.token)).statusCode).toBe(410);
    expect(await signatureRows(ctx, placement.id)).toEqual(before);
  });

  it('when a link has expired, then reading and signing are 410 and nothing is written', async () => {
    const { placement, links } = await aMinorsPlacement();
    const school = linkOf(links, 'school');
    await ctx.db
      .update(placementSignatures)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(placementSignatures.id, school.signatureId));
    const before = await signatureRows(ctx, placement.id);

    expect((await view(ctx, school.token)).statusCode).toBe(410);
    const response = await sign(ctx, school.token, consent('M. Jansen'));
    expect(response.statusCode).toBe(410);
    expect(response.json().code).toBe('signing_link_invalid');
    expect(await signatureRows(ctx, placement.id)).toEqual(before);
  });

  it('when the token is unknown, then 410 whatever its shape', async () => {
    for (const token of ['x', 'A'.repeat(43), 'not-a-token_at-all']) {
      expect((await view(ctx, token)).statusCode).toBe(410);
      const response = await sign(ctx, token, consent('Iemand'));
      expect(response.statusCode).toBe(410);
      expect(response.json().code).toBe('signing_link_invalid');
    }
  });

  it('when consent is not literally true or the name is missing, then 422 and nothing is written', async () => {
    const { placement, links } = await aMinorsPlacement();
    const token = linkOf(links, 'guardian').token;
    const before = await signatureRows(ctx, placement.id);
    for (const payload of [
      { typedName: 'P. de Boer', consent: false },
      { typedName: 'P. de Boer', consent: 'true' },
      { typedName: 'P. de Boer' },
      { typedName: '   ', consent: true },
      { typedName: 'P. de Boer', consent: true, signedAt: '2020-01-01T00:00:00Z' },
    ]) {
      const response = await sign(ctx, token, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
      expect(response.json().code).toBe('validation_failed');
    }
    expect(await signatureRows(ctx, placement.id)).toEqual(before);
    // The link still works after refused attempts.
    expect((await view(ctx, token)).statusCode).toBe(200);
  });

  it('when the placement is cancelled, then its links no longer work', async () => {
    const { world, placement, links } = await aMinorsPlacement();
    await world.ok(
      'POST',
      `/placements/${placement.id}/cancel`,
      'school',
      { reason: 'Leerling gaat verhuizen' },
      200,
    );
    const response = await sign(ctx, linkOf(links, 'guardian').token, consent('P. de Boer'));
    expect(response.statusCode).toBe(410);
    const rows = await signatureRows(ctx, placement.id);
    expect(rows.every((r) => r.signedAt === null)).toBe(true);
  });

  it('when the last two parties sign at the same moment, then both count and the placement is signed once', async () => {
    const { placement, links } = await aMinorsPlacement();
    await sign(ctx, linkOf(links, 'school').token, consent('M. Jansen'));
    await sign(ctx, linkOf(links, 'company').token, consent('Henk de Vries'));
    const [a, b] = await Promise.all([
      sign(ctx, linkOf(links, 'pupil').token, consent('Sanne de Boer')),
      sign(ctx, linkOf(links, 'guardian').token, consent('P. de Boer')),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect([a.json().complete, b.json().complete].sort()).toEqual([false, true]);
    expect((await placementRow(ctx, placement.id)).status).toBe('signed');
    const moves = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, placement.id), eq(auditEvents.action, 'signed')));
    expect(moves).toHaveLength(1);
  });
});
