import { beforeAll, describe, expect, it } from 'vitest';
import type { InboxItem } from '@stagebureau/domain';
import { loginAs } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aBookedClass } from '../../../test/notificationScenario';

/** What a message says comes from the moment of the change: here, a session's change reason. */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp({ NOTIFICATION_INTERVAL_MS: '0' });
});

const inboxOf = async (email: string): Promise<InboxItem[]> => {
  const { headers } = await loginAs(ctx.app, email);
  const response = await ctx.app.inject({ url: '/api/v1/inbox?limit=100', headers });
  expect(response.statusCode).toBe(200);
  return response.json().items;
};

describe('session changes', () => {
  it("when the company moves a session and says why, then every school's message carries the reason and the old time", async () => {
    const s = await aBookedClass(ctx.db);
    const company = await loginAs(ctx.app, s.companyAdmin.email);
    const day = 86_400_000;
    const moved = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/sessions/${s.session.id}`,
      headers: company.headers,
      payload: {
        startsAt: new Date(s.session.startsAt.getTime() + day).toISOString(),
        endsAt: new Date(s.session.endsAt.getTime() + day).toISOString(),
        reason: 'De werkplaats krijgt die dag een inspectie',
      },
    });
    expect(moved.statusCode).toBe(200);

    const [dutch] = (await inboxOf(s.coordinator.email)).filter(
      (item) => item.kind === 'session.changed',
    );
    expect(dutch!.text).toContain('Reden: De werkplaats krijgt die dag een inspectie');
    expect(dutch!.text).toMatch(/Was: .+/);
    const [english] = (await inboxOf(s.teacher.email)).filter(
      (item) => item.kind === 'session.changed',
    );
    expect(english!.text).toContain('Reason: De werkplaats krijgt die dag een inspectie');
  });

  it('when a session moves without a reason, then the message has no empty reason line', async () => {
    const s = await aBookedClass(ctx.db);
    const company = await loginAs(ctx.app, s.companyAdmin.email);
    const hour = 3_600_000;
    const moved = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/sessions/${s.session.id}`,
      headers: company.headers,
      payload: {
        startsAt: new Date(s.session.startsAt.getTime() + hour).toISOString(),
        endsAt: new Date(s.session.endsAt.getTime() + hour).toISOString(),
      },
    });
    expect(moved.statusCode).toBe(200);
    const [item] = (await inboxOf(s.coordinator.email)).filter(
      (message) => message.kind === 'session.changed',
    );
    expect(item!.text).not.toContain('Reden');
  });
});
