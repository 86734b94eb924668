import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  createDatabase,
  invitations,
  notificationEvents,
  platformAdmins,
  regions,
  type Database,
} from '@stagebureau/db';
import { runPlatformCommand } from '../../cli/platformCommands';
import { createTestDatabase, startTestApp, type TestContext } from '../../../test/harness';
import { aLoggedInPlatformAdmin, aPlatformAdmin } from '../../../test/platformBuilders';
import { verifyPassword } from '../auth/secrets';
import { demoPlatformAdmin, ensureFirstPlatformAdmin, type FirstStartOptions } from './firstStart';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp({ NOTIFICATION_INTERVAL_MS: '0' });
});

describe('a new region is usable', () => {
  it('when a platform admin creates a region and invites its bureau admin, then that admin accepts, logs in and works in the new region', async () => {
    const platform = await aLoggedInPlatformAdmin(ctx.app, ctx.db);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/platform/regions',
      headers: platform.headers,
      payload: {
        slug: 'regio-zuidoost-drenthe',
        name: 'Regio Zuidoost-Drenthe',
        holidayRegion: 'noord',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const region = created.json();

    const invited = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/platform/regions/${region.id}/invitations`,
      headers: platform.headers,
      payload: { email: 'Eerste.Beheerder@Drenthe.test', name: 'Eerste Beheerder' },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const invitation = invited.json();
    expect(invitation).toMatchObject({
      email: 'eerste.beheerder@drenthe.test',
      role: 'bureau_admin',
    });
    expect(invitation.acceptUrl).toContain(`/uitnodiging/${region.id}.`);

    // The invitation names the platform admin as its creator, and its e-mail is in the outbox.
    const [stored] = await ctx.db
      .select()
      .from(invitations)
      .where(eq(invitations.id, invitation.id));
    expect(stored).toMatchObject({ createdBy: null, createdByPlatformAdmin: platform.admin.id });
    const events = await ctx.db
      .select()
      .from(notificationEvents)
      .where(
        and(
          eq(notificationEvents.regionId, region.id),
          eq(sql`${notificationEvents.event}->>'kind'`, 'invitation.sent'),
        ),
      );
    expect(events).toHaveLength(1);
    const [audit] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.regionId, region.id), eq(auditEvents.entity, 'invitation')));
    expect(audit).toMatchObject({ actorRole: 'platform_admin', actorUserId: platform.admin.id });

    const accepted = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${invitation.token}/accept`,
      payload: { name: 'Eerste Beheerder', password: 'een-lang-wachtwoord-2026' },
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'eerste.beheerder@drenthe.test', password: 'een-lang-wachtwoord-2026' },
    });
    expect(login.statusCode, login.body).toBe(200);
    const headers = { authorization: `Bearer ${login.json().accessToken}` };
    const own = await ctx.app.inject({ url: '/api/v1/region', headers });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ id: region.id, slug: 'regio-zuidoost-drenthe' });

    // The bureau admin is counted, and the bureau admin cannot reach the platform.
    const summary = await ctx.app.inject({
      url: `/api/v1/platform/regions/${region.id}`,
      headers: platform.headers,
    });
    expect(summary.json()).toMatchObject({ userCount: 1, organisationCount: 0 });
    const refused = await ctx.app.inject({ url: '/api/v1/platform/regions', headers });
    expect(refused.statusCode).toBe(403);
  });

  it('when the address already has an account or the region is unknown, then 409 or 404 and no invitation', async () => {
    const platform = await aLoggedInPlatformAdmin(ctx.app, ctx.db);
    const [region] = await ctx.db.select().from(regions).limit(1);
    const invite = (id: string, email: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/platform/regions/${id}/invitations`,
        headers: platform.headers,
        payload: { email },
      });
    const before = (await ctx.db.select().from(invitations)).length;
    expect((await invite(region!.id, 'eerste.beheerder@drenthe.test')).statusCode).toBe(409);
    expect((await invite('00000000-0000-4000-8000-000000000000', 'x@test.nl')).statusCode).toBe(
      404,
    );
    expect((await invite(region!.id, 'geen-adres')).statusCode).toBe(422);
    expect((await ctx.db.select().from(invitations)).length).toBe(before);
  });
});

describe('the command line', () => {
  const run = async (argv: string[], env: Record<string, string> = {}) => {
    const lines: string[] = [];
    const code = await runPlatformCommand(argv, {
      db: ctx.db,
      webUrl: 'http://web.test',
      env,
      out: (line) => lines.push(line),
      now: new Date(),
    });
    return { code, text: lines.join('\n') };
  };

  it('when an admin is created without a password, then one is generated, printed once and works', async () => {
    const made = await run([
      'create-admin',
      '--email',
      'cli@platform.test',
      '--name',
      'CLI Beheer',
    ]);
    expect(made.code, made.text).toBe(0);
    const password = /password: (\S+)/.exec(made.text)![1]!;
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/platform/auth/login',
      payload: { email: 'cli@platform.test', password },
    });
    expect(login.statusCode).toBe(200);
    const [row] = await ctx.db
      .select()
      .from(platformAdmins)
      .where(eq(platformAdmins.email, 'cli@platform.test'));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('when the password comes from PLATFORM_ADMIN_PASSWORD, then it is used and not printed; a second admin with that address is refused', async () => {
    const env = { PLATFORM_ADMIN_PASSWORD: 'uit-de-omgeving-2026' };
    const made = await run(['create-admin', '--email', 'env@platform.test', '--name', 'Env'], env);
    expect(made.code).toBe(0);
    expect(made.text).not.toContain('uit-de-omgeving-2026');
    const again = await run(['create-admin', '--email', 'ENV@platform.test', '--name', 'X'], env);
    expect(again).toMatchObject({ code: 1 });
    expect(again.text).toContain('duplicate');
  });

  it('when a region is created and its bureau admin invited, then they exist, audited under the named admin', async () => {
    const made = await run([
      'create-region',
      '--slug',
      'regio-cli',
      '--name',
      'Regio CLI',
      '--holiday-region',
      'zuid',
    ]);
    // Several platform admins exist now: the command must be told whom to act as.
    expect(made.code).toBe(1);
    expect(made.text).toContain('--as');
    const admin = await aPlatformAdmin(ctx.db);
    const as = ['--as', admin.email];
    const created = await run([
      'create-region',
      '--slug',
      'regio-cli',
      '--name',
      'Regio CLI',
      '--holiday-region',
      'zuid',
      ...as,
    ]);
    expect(created.code, created.text).toBe(0);
    const listed = await run(['list-regions']);
    expect(listed.text).toMatch(/regio-cli\tRegio CLI\tzuid\t0 organisations\t0 users/);
    const invited = await run([
      'invite-bureau-admin',
      '--region',
      'regio-cli',
      '--email',
      'b@cli.test',
      ...as,
    ]);
    expect(invited.code, invited.text).toBe(0);
    expect(invited.text).toContain('http://web.test/uitnodiging/');
    const [region] = await ctx.db.select().from(regions).where(eq(regions.slug, 'regio-cli'));
    const audits = await ctx.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.regionId, region!.id))
      .orderBy(auditEvents.id);
    expect(audits.map((row) => [row.entity, row.action, row.actorUserId])).toEqual([
      ['region', 'create', admin.id],
      ['invitation', 'create', admin.id],
    ]);
  });

  it('when the input is bad, then an error line, exit code 1 and nothing written', async () => {
    const before = (await ctx.db.select().from(regions)).length;
    const bad = await run([
      'create-region',
      '--slug',
      'API',
      '--name',
      'X',
      '--holiday-region',
      'oost',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.text).toMatch(/slug: this slug is reserved/);
    expect(
      (await run(['invite-bureau-admin', '--region', 'bestaat-niet', '--email', 'a@b.nl'])).code,
    ).toBe(1);
    expect((await run(['create-region', '--onbekend', 'x'])).code).toBe(1);
    expect((await run(['wat'])).code).toBe(2);
    expect((await ctx.db.select().from(regions)).length).toBe(before);
  });
});

describe('first start', () => {
  const start = async (db: Database, options: Partial<FirstStartOptions>) => {
    const lines: string[] = [];
    await ensureFirstPlatformAdmin(
      db,
      { demo: false, demoPassword: 'Welkom-demo-2026', ...options },
      (line) => lines.push(line),
    );
    return lines.join('\n');
  };
  const withFreshDatabase = async (work: (db: Database) => Promise<void>) => {
    const handle = createDatabase((await createTestDatabase()).url);
    try {
      await work(handle.db);
    } finally {
      await handle.close();
    }
  };
  const admins = (db: Database) => db.select().from(platformAdmins);

  it('when nothing is configured, then no admin and the log says how to make one', () =>
    withFreshDatabase(async (db) => {
      expect(await start(db, {})).toContain('platform create-admin');
      expect(await admins(db)).toEqual([]);
    }));

  it('when the demo starts, then its known admin exists once, also after a restart', () =>
    withFreshDatabase(async (db) => {
      expect(await start(db, { demo: true })).toContain(demoPlatformAdmin.email);
      expect(await start(db, { demo: true })).toBe('');
      expect((await admins(db)).map((admin) => admin.email)).toEqual([demoPlatformAdmin.email]);
    }));

  it('when PLATFORM_ADMIN_EMAIL and _PASSWORD are set, then that admin is made and can log in', () =>
    withFreshDatabase(async (db) => {
      const password = 'productie-wachtwoord-2026';
      await start(db, { email: 'Beheer@Platform.test', password });
      const [admin] = await admins(db);
      expect(admin!.email).toBe('beheer@platform.test');
      expect(await verifyPassword(admin!.passwordHash, password)).toBe(true);
    }));
});
