import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../../test/harness';
import { aPlacementWorld, type PlacementWorld } from '../../../../test/placementWorld';
import { startSmtpServer, type TestSmtpServer } from '../../../../test/smtpServer';
import {
  anAcceptedPlacement,
  linkOf,
  mailedLinks,
  placementRow,
  sign,
  smtpConfig,
} from './signing.testWorld';

let ctx: TestContext;
let smtp: TestSmtpServer;
const dir = mkdtempSync(join(tmpdir(), 'agreement-route-'));
beforeAll(async () => {
  smtp = await startSmtpServer();
  ctx = await startTestApp(smtpConfig(smtp));
});
afterAll(async () => {
  await smtp.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The PDF read back by poppler's pdftotext (not by the library that wrote it). */
function textOf(bytes: Buffer): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();
}

const pdf = (world: PlacementWorld, id: string, who: keyof PlacementWorld['users']) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/v1/placements/${id}/agreement.pdf`,
    headers: world.users[who].headers,
  });

describe('the agreement as a PDF', () => {
  it('when every party signed, then the PDF carries each typed name and the hash, for school and host company', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement } = await anAcceptedPlacement(world);
    const links = await mailedLinks(ctx, smtp);
    const names = {
      school: 'Marieke Jansen',
      company: 'Henk de Vries',
      pupil: 'Sanne de Boer',
      guardian: 'Peter de Boer',
    };
    for (const [party, typedName] of Object.entries(names))
      expect(
        (await sign(ctx, linkOf(links, party).token, { typedName, consent: true })).statusCode,
      ).toBe(200);
    const { agreementHash, status } = await placementRow(ctx, placement.id);
    expect(status).toBe('signed');

    for (const who of ['school', 'company'] as const) {
      const response = await pdf(world, placement.id, who);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="stageovereenkomst-${placement.id}.pdf"`,
      );
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const text = textOf(response.rawPayload);
      for (const typedName of Object.values(names))
        expect(text).toContain(`Getypte naam: ${typedName}`);
      expect(text).toContain(`SHA-256 van de ondertekende tekst: ${agreementHash}`);
      expect(text).toContain('Sanne de Boer, leerling van Dr. Nassau College');
      expect(text).not.toContain('nog niet ondertekend');
    }
    // The company's download read the pupil's name: it is in the audit trail.
    const reads = await ctx.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, placement.participant.id), eq(auditEvents.action, 'read')),
      );
    expect(reads.some((r) => (r.after as { via?: string }).via === 'agreement.pdf')).toBe(true);
  });

  it('when only some parties signed, then the others show as not yet signed', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement } = await anAcceptedPlacement(world, { adult: true });
    const links = await mailedLinks(ctx, smtp);
    await sign(ctx, linkOf(links, 'company').token, { typedName: 'Henk de Vries', consent: true });
    const text = textOf((await pdf(world, placement.id, 'school')).rawPayload);
    expect(text).toContain('Getypte naam: Henk de Vries');
    expect(text.match(/nog niet ondertekend/g)).toHaveLength(2);
  });

  it('when another company, another school or the bureau asks for the PDF, then 404', async () => {
    const world = await aPlacementWorld(ctx);
    const { placement } = await anAcceptedPlacement(world);
    await mailedLinks(ctx, smtp);
    for (const who of ['otherCompany', 'otherSchool', 'bureau'] as const) {
      const response = await pdf(world, placement.id, who);
      expect(response.statusCode, who).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const anonymous = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/placements/${placement.id}/agreement.pdf`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('when the placement is only proposed, then there is no agreement yet: 404', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace();
    const pupil = await world.aPupil();
    const proposed = (await world.propose(place.id, pupil.id)).json();
    expect((await pdf(world, proposed.id, 'school')).statusCode).toBe(404);
  });
});
