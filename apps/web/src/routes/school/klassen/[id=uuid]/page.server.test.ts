import type { Cookies } from '@sveltejs/kit';
import { describe, expect, test } from 'vitest';
import type { SchoolClass } from '@stagebureau/domain';
import { createApiClient } from '$lib/server/api';
import { actions } from './+page.server';

const schoolId = '77777777-7777-4777-8777-777777777777';
const classId = '55555555-5555-4555-8555-555555555555';
const ruben = '11111111-1111-4111-8111-111111111111';
const femke = '22222222-2222-4222-8222-222222222222';
const path = `/schools/${schoolId}/classes/${classId}`;

const theClass: SchoolClass = {
  id: classId,
  organisationId: schoolId,
  name: '3BWI-a',
  educationLevel: 'vmbo-kb',
  schoolYear: 3,
  vmboProfile: 'BWI',
  size: 22,
  locationId: null,
  archivedAt: null,
  createdAt: '2026-09-01T08:00:00.000Z',
  teachers: [],
};

/** Locals whose API answers the class for PATCH and PUT and records what each was sent. */
function recordingLocals() {
  const sent: { key: string; body: unknown }[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const key = `${init?.method ?? 'GET'} ${url.pathname.replace(/^\/api\/v1/, '')}`;
    sent.push({ key, body: init?.body ? JSON.parse(String(init.body)) : null });
    return Response.json(theClass);
  };
  const api = createApiClient({
    baseUrl: 'http://api.test',
    language: 'nl',
    session: { read: () => ({ accessToken: 'token', refreshToken: null }), write: () => {} },
    fetch: fetch as typeof globalThis.fetch,
  });
  const me = { role: 'school_coordinator', organisation: { id: schoolId, kind: 'school' } };
  return { locals: { language: 'nl', api, me } as unknown as App.Locals, sent };
}

async function save(fields: [string, string][]) {
  const { locals, sent } = recordingLocals();
  const body = new FormData();
  for (const [name, value] of [['name', '3BWI-a'], ['size', '22'], ...fields])
    body.append(name!, value!);
  const cookies = { set: () => {} } as unknown as Cookies;
  const edit = actions.default!;
  const result = await Promise.resolve(
    edit({
      request: new Request('http://web.test/school/klassen/x', { method: 'POST', body }),
      locals,
      cookies,
      params: { id: classId },
    } as unknown as Parameters<typeof edit>[0]),
  ).catch((thrown: unknown) => thrown);
  return { result, sent };
}

describe("editing a class's teachers on its form", () => {
  test('when two teachers are ticked, then the class is saved and exactly those two are its teachers', async () => {
    const { result, sent } = await save([
      ['userIds', ruben],
      ['userIds', femke],
    ]);
    expect(result).toMatchObject({ status: 303, location: '/school/klassen' });
    expect(sent.map((request) => request.key)).toEqual([`PATCH ${path}`, `PUT ${path}/teachers`]);
    expect(sent[1]!.body).toEqual({ userIds: [ruben, femke] });
  });

  test('when every box is unticked (the browser sends none), then the class is left without teachers', async () => {
    const { sent } = await save([]);
    expect(sent.find((request) => request.key === `PUT ${path}/teachers`)?.body).toEqual({
      userIds: [],
    });
  });

  test('when a ticked value is not an id, then nothing is sent and the form says so', async () => {
    const { result, sent } = await save([['userIds', 'iemand']]);
    expect(sent).toEqual([]);
    expect(result).toMatchObject({ status: 422 });
    expect(Object.keys((result as { data: { errors: object } }).data.errors)).toContain(
      'userIds.0',
    );
  });
});
