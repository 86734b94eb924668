import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementHash, type AgreementData } from '@stagebureau/domain';
import { auditEvents } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../../test/harness';
import { aPlacementWorld } from '../../../../test/placementWorld';
import { startSmtpServer, type TestSmtpServer } from '../../../../test/smtpServer';
import {
  anAcceptedPlacement,
  anAcceptedTeacherPlacement,
  linkOf,
  mailedLinks,
  placementRow,
  signatureRows,
  view,
  webUrl,
  smtpConfig,
} from './signing.testWorld';

let ctx: TestContext;
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  ctx = await startTestApp(smtpConfig(smtp));
});
afterAll(async () => smtp.close());

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const sorted = (values: string[]) => [...values].sort();

describe('sending the agreement for signing when the company accepts', () => {
  it('when a minor is accepted, then four links are mailed: school and pupil to the coordinator, company to the supervisor, guardian to the guardian', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement, pupil } = await anAcceptedPlacement(world);
    const links = await mailedLinks(ctx, smtp);

    expect(sorted(links.map((link) => link.party))).toEqual(
      sorted(['school', 'company', 'pupil', 'guardian']),
    );
    const coordinator = world.users.school.user.email;
    expect(linkOf(links, 'school').to).toBe(coordinator);
    expect(linkOf(links, 'pupil').to).toBe(coordinator);
    expect(linkOf(links, 'company').to).toBe('henk@noord.example');
    expect(linkOf(links, 'guardian').to).toBe(pupil.guardianEmail);
    expect(new Set(links.map((link) => link.token)).size).toBe(4);
    expect(linkOf(links, 'pupil').text).toContain(`leerling ${pupil.pseudonym} (klas 3KB)`);
    expect(linkOf(links, 'guardian').subject).toBe(
      'Stageovereenkomst ondertekenen: Stage installatietechniek',
    );
    // The names are in the agreement behind the link, never in the mail.
    for (const link of links) expect(link.text).not.toContain('de Boer');

    // Only the hash of each secret is stored; each row expires after the region's 14 days.
    const rows = await signatureRows(ctx, placement.id);
    expect(rows).toHaveLength(4);
    for (const link of links) {
      const row = rows.find((r) => r.id === link.signatureId)!;
      expect(row.tokenHash).toBe(sha256(link.token));
      expect(row.tokenHash).not.toContain(link.token);
      const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
      expect(days).toBeCloseTo(14, 2);
      expect(row.signedAt).toBeNull();
    }
  });

  it('when an adult pupil is accepted, then three links go out and the agreement is stored with its hash', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement } = await anAcceptedPlacement(world, { adult: true });
    const links = await mailedLinks(ctx, smtp);
    expect(sorted(links.map((link) => link.party))).toEqual(sorted(['school', 'company', 'pupil']));

    const row = await placementRow(ctx, placement.id);
    const stored = row.agreement as { data: AgreementData; text: string };
    expect(row.agreementHash).toBe(agreementHash(stored.text));
    expect(placement.agreementHash).toBe(row.agreementHash);
    expect(stored.data).toMatchObject({
      placementId: placement.id,
      kind: 'pupil',
      school: { name: 'Dr. Nassau College' },
      company: { name: 'Installatiebedrijf Noord', address: 'Industrieweg 1, 9401 AB Assen' },
      participant: { firstName: 'Daan', surname: 'Mulder', className: '3KB', isMinor: false },
      place: { startsOn: '2030-03-04', endsOn: '2030-03-28', weekdays: [1, 2, 3, 4] },
      supervisor: { name: 'Henk de Vries', email: 'henk@noord.example' },
    });
    expect(stored.text).toContain('Daan Mulder, leerling van Dr. Nassau College, klas 3KB');
    expect(stored.text).toContain('Werkschoenen en een overall');
    expect(stored.text).not.toContain('ouder of verzorger van de stagiair');
  });

  it('when a teacher internship is accepted, then school, company and the teacher get a link', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement } = await anAcceptedTeacherPlacement(world);
    const links = await mailedLinks(ctx, smtp);
    expect(sorted(links.map((link) => link.party))).toEqual(
      sorted(['school', 'company', 'teacher']),
    );
    expect(linkOf(links, 'teacher').to).toBe(world.users.teacher.user.email);
    // The teacher placed themself: the school's link goes to the school, not to the teacher.
    expect(linkOf(links, 'school').to).not.toBe(world.users.teacher.user.email);
    const opened = await view(ctx, linkOf(links, 'teacher').token);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().party).toBe('teacher');
    expect(placement.status).toBe('accepted');
  });
});

describe("the school sends a party's link again", () => {
  it("when the school renews the pupil's link, then it gets the link to hand over, and the mailed one is the same", async () => {
    const world = await aPlacementWorld(ctx);
    const { placement } = await anAcceptedPlacement(world);
    await mailedLinks(ctx, smtp);
    const renewed = await world.ok(
      'POST',
      `/placements/${placement.id}/signing-links/pupil`,
      'school',
      undefined,
      200,
    );
    const [mailed] = await mailedLinks(ctx, smtp);
    expect(mailed!.party).toBe('pupil');
    expect(renewed.url).toBe(`${webUrl}/ondertekenen/${mailed!.token}`);
    expect((await view(ctx, mailed!.token)).json().party).toBe('pupil');
  });

  it('when the school renews the guardian link, then a new link is mailed, the old one is dead and the audit says so', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement } = await anAcceptedPlacement(world);
    const old = linkOf(await mailedLinks(ctx, smtp), 'guardian');

    const response = await world.call(
      'POST',
      `/placements/${placement.id}/signing-links/guardian`,
      'school',
    );
    expect(response.statusCode, response.body).toBe(200);
    // A guardian's link goes only by e-mail: the school does not get it in the answer.
    expect(response.json()).toEqual({
      party: 'guardian',
      expiresAt: expect.any(String),
      url: null,
    });
    const renewed = await mailedLinks(ctx, smtp);
    expect(renewed.map((link) => link.party)).toEqual(['guardian']);
    expect(renewed[0]!.to).toBe(old.to);
    expect(renewed[0]!.token).not.toBe(old.token);
    expect(renewed[0]!.text).toContain(`${webUrl}/ondertekenen/${renewed[0]!.token}`);

    expect((await view(ctx, old.token)).statusCode).toBe(410);
    expect((await view(ctx, renewed[0]!.token)).statusCode).toBe(200);
    const audit = await ctx.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, placement.id),
          eq(auditEvents.action, 'agreement.link_renewed'),
        ),
      );
    expect(audit).toHaveLength(1);
  });

  it('when the company, another school or the bureau asks to renew a link, then it is refused and no mail goes out', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement } = await anAcceptedPlacement(world);
    const before = await signatureRows(ctx, placement.id);
    await mailedLinks(ctx, smtp);
    for (const who of ['company', 'otherSchool', 'otherCompany', 'bureau'] as const) {
      const response = await world.call(
        'POST',
        `/placements/${placement.id}/signing-links/school`,
        who,
      );
      expect([403, 404], `${who}: ${response.body}`).toContain(response.statusCode);
    }
    expect(await signatureRows(ctx, placement.id)).toEqual(before);
    expect(await mailedLinks(ctx, smtp)).toEqual([]);
  });

  it('when a party that does not sign this agreement is named, then 404; when the placement is only proposed, then 409', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement } = await anAcceptedPlacement(world, { adult: true });
    const teacher = await world.call(
      'POST',
      `/placements/${placement.id}/signing-links/guardian`,
      'school',
    );
    expect(teacher.statusCode).toBe(404);

    const place = await world.aPlace();
    const pupil = await world.aPupil('Eva', 'Smit');
    const proposed = (await world.propose(place.id, pupil.id)).json();
    const early = await world.call(
      'POST',
      `/placements/${proposed.id}/signing-links/school`,
      'school',
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('invalid_transition');
  });
});
