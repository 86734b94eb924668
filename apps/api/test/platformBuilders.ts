import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { platformAdmins, type Database } from '@stagebureau/db';
import type { App } from '../src/app';
import { createPlatformAdmin } from '../src/modules/platform/service';

/** Test helpers for the platform module: an admin, logged in through the real endpoint. */
export const platformPassword = 'platform-wachtwoord-2026';

export async function aPlatformAdmin(db: Database, status: 'active' | 'disabled' = 'active') {
  const admin = await createPlatformAdmin(db, {
    email: `platform-${randomBytes(4).toString('hex')}@test.nl`,
    name: 'Platformbeheerder',
    password: platformPassword,
  });
  if (status === 'disabled')
    await db.update(platformAdmins).set({ status }).where(eq(platformAdmins.id, admin.id));
  return admin;
}

export const platformLogin = (app: App, email: string, password = platformPassword) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/platform/auth/login',
    payload: { email, password },
  });

export async function aLoggedInPlatformAdmin(app: App, db: Database) {
  const admin = await aPlatformAdmin(db);
  const response = await platformLogin(app, admin.email);
  const token = response.json().accessToken as string;
  return { admin, token, headers: { authorization: `Bearer ${token}` } };
}
