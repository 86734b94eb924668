import { beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '@stagebureau/domain';
import { agreementEndpoints } from './authorization/agreementEndpoints';
import { complianceEndpoints } from './authorization/complianceEndpoints';
import { foundationEndpoints } from './authorization/foundationEndpoints';
import { materialEndpoints } from './authorization/materialEndpoints';
import { privacyEndpoints } from './authorization/privacyEndpoints';
import { registrationEndpoints } from './authorization/registrationEndpoints';
import { relationEndpoints } from './authorization/relationEndpoints';
import { yearPlanEndpoints } from './authorization/yearPlanEndpoints';
import {
  buildMatrixWorld,
  methodOf,
  scopes,
  unique,
  type MatrixEndpoint,
  type MatrixWorld,
  type Statuses,
} from './authorization/matrix';
import { startTestApp, type TestContext } from './harness';

/** Every module appends its endpoints here: one line each. */
const endpoints: MatrixEndpoint[] = [
  ...foundationEndpoints,
  ...privacyEndpoints,
  ...yearPlanEndpoints,
  ...complianceEndpoints,
  ...materialEndpoints,
  ...registrationEndpoints,
  ...relationEndpoints,
  ...agreementEndpoints,
];

let ctx: TestContext;
let world: MatrixWorld;
beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildMatrixWorld(ctx.app, ctx.db);
});

describe('authorisation matrix', () => {
  for (const endpoint of endpoints) {
    it(`when every role calls ${endpoint.route} on own / other organisation / other region, then exactly the expected statuses`, async () => {
      const actual = {} as Record<Role, Statuses>;
      for (const role of roles) {
        const row: number[] = [];
        for (const scope of scopes) {
          const request = await endpoint.request({
            db: ctx.db,
            target: world.targets[scope],
            unique,
          });
          const response = await ctx.app.inject({
            method: methodOf(endpoint),
            url: request.url,
            headers: world.headers[role],
            ...(request.payload ? { payload: request.payload } : {}),
          });
          row.push(response.statusCode);
        }
        actual[role] = row as unknown as Statuses;
      }
      expect(actual, endpoint.route).toEqual(endpoint.expect);
    });
  }

  it('when a protected endpoint is called without a token, then 401 for every one of them', async () => {
    const answers: Record<string, number> = {};
    for (const endpoint of endpoints.filter((e) => !e.public)) {
      const request = await endpoint.request({ db: ctx.db, target: world.targets.own, unique });
      const response = await ctx.app.inject({
        method: methodOf(endpoint),
        url: request.url,
        ...(request.payload ? { payload: request.payload } : {}),
      });
      answers[endpoint.route] = response.statusCode;
    }
    const expected = Object.fromEntries(Object.keys(answers).map((route) => [route, 401]));
    expect(answers).toEqual(expected);
  });
});
