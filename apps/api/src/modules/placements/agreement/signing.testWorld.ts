import { eq, inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { placementSignatures, placements } from '@stagebureau/db';
import type { TestContext } from '../../../../test/harness';
import type { PlacementWorld } from '../../../../test/placementWorld';
import type { TestSmtpServer } from '../../../../test/smtpServer';

/** Builders for the signing tests: placements accepted through the API, links from real mail. */
export const webUrl = 'https://web.stagebureau.test';
export const smtpConfig = (smtp: TestSmtpServer) => ({
  SMTP_URL: smtp.url,
  NOTIFICATION_INTERVAL_MS: '0',
  WEB_URL: webUrl,
});

export interface MailedLink {
  party: string;
  to: string;
  token: string;
  signatureId: string;
  placementId: string;
  subject: string;
  text: string;
}

/** Runs the outbox once and takes every mail received so far off the server. */
export async function delivered(ctx: TestContext, smtp: TestSmtpServer) {
  await ctx.app.notificationWorker.runOnce(new Date(Date.now() + 60_000));
  return smtp.received.splice(0);
}

/** The signing links mailed since the last call, each with its party (from its row). */
export async function mailedLinks(ctx: TestContext, smtp: TestSmtpServer): Promise<MailedLink[]> {
  const mails = (await delivered(ctx, smtp)).filter((mail) =>
    mail.eventKey.startsWith('placement.signing_requested:'),
  );
  if (!mails.length) return [];
  const ids = mails.map((mail) => mail.eventKey.split(':')[1]!);
  const rows = await ctx.db
    .select()
    .from(placementSignatures)
    .where(inArray(placementSignatures.id, ids));
  return mails.map((mail, index) => {
    const row = rows.find((r) => r.id === ids[index])!;
    const token = new RegExp(`${webUrl}/ondertekenen/([A-Za-z0-9_-]+)`).exec(mail.text)?.[1];
    expect(token, mail.text).toBeTruthy();
    return {
      party: row.party,
      to: mail.to.join(','),
      token: token!,
      signatureId: row.id,
      placementId: row.placementId,
      subject: mail.subject,
      text: mail.text,
    };
  });
}

/** A link by party; fails the test when there is none or more than one. */
export function linkOf(links: readonly MailedLink[], party: string): MailedLink {
  const found = links.filter((link) => link.party === party);
  expect(found, `one link for ${party}`).toHaveLength(1);
  return found[0]!;
}

/** An adult pupil (no guardian), registered by the school. */
export const anAdultPupil = (world: PlacementWorld, firstName = 'Daan', surname = 'Mulder') =>
  world.ok('POST', '/pupils', 'school', {
    firstName,
    surname,
    classId: world.schoolClass.id,
    isMinor: false,
    guardianEmail: null,
  });

/** A place, a pupil (minor unless told), proposed by the school and accepted by the company. */
export async function anAcceptedPlacement(
  world: PlacementWorld,
  options: { adult?: boolean } = {},
) {
  const place = await world.aPlace();
  const pupil = options.adult ? await anAdultPupil(world) : await world.aPupil();
  const placement = await world.accepted(place.id, pupil.id);
  return { place, pupil, placement };
}

/** A teacher internship booked by the school's teacher and accepted by the company. */
export async function anAcceptedTeacherPlacement(world: PlacementWorld) {
  const place = await world.aPlace({ type: 'teacher_internship', title: 'Docentenstage techniek' });
  const booked = await world.ok('POST', '/placements/self', 'teacher', { placeId: place.id });
  const placement = await world.ok(
    'POST',
    `/placements/${booked.id}/accept`,
    'company',
    undefined,
    200,
  );
  return { place, placement };
}

export const sign = (ctx: TestContext, token: string, payload: object) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/public/signing/${token}`, payload });
export const view = (ctx: TestContext, token: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/public/signing/${token}` });

export async function placementRow(ctx: TestContext, id: string) {
  const [row] = await ctx.db.select().from(placements).where(eq(placements.id, id));
  return row!;
}

export async function signatureRows(ctx: TestContext, placementId: string) {
  return ctx.db
    .select()
    .from(placementSignatures)
    .where(eq(placementSignatures.placementId, placementId));
}
