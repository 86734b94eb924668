import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'undici';

/**
 * The load generator: a separate process (forked by run.ts) so the API's CPU time and the
 * clients' are not one event loop. One undici keep-alive connection per virtual client.
 * Commands arrive over IPC; each answers with raw latencies for run.ts to summarise.
 */
export type LoadCommand =
  | { type: 'health'; url: string; connections: number; durationMs: number }
  | { type: 'login'; url: string; emails: string[]; password: string }
  | {
      type: 'flash';
      url: string;
      /** Several API instances: client i books through urls[i % n] (a round-robin balancer). */
      urls?: string[];
      tokens: string[];
      clients: FlashClient[];
      opensAt: number;
    }
  | { type: 'paths'; url: string; requests: PathRequest[] }
  | { type: 'exit' };

export interface FlashClient {
  token: number;
  attempts: { sessionId: string; classId: string }[];
}

export interface PathRequest {
  name: string;
  path: string;
  headers?: Record<string, string>;
  count: number;
  concurrency: number;
}

export interface PathResult {
  name: string;
  latencies: number[];
  statuses: Record<string, number>;
  bytes: number;
  headers: Record<string, string>;
  elapsedMs: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));
const connect = (url: string) => new Client(url, { pipelining: 1, keepAliveTimeout: 60_000 });

async function timed(client: Client, options: Parameters<Client['request']>[0]) {
  const started = performance.now();
  const response = await client.request(options);
  const text = await response.body.text();
  return {
    status: response.statusCode,
    text,
    headers: response.headers,
    ms: performance.now() - started,
  };
}

async function health(command: Extract<LoadCommand, { type: 'health' }>) {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + command.durationMs;
  await Promise.all(
    Array.from({ length: command.connections }, async () => {
      const client = connect(command.url);
      while (performance.now() < end) {
        const reply = await timed(client, { path: '/health', method: 'GET' });
        if (reply.status !== 200) errors++;
        latencies.push(reply.ms);
      }
      await client.close();
    }),
  );
  return { latencies, errors, elapsedMs: performance.now() - started };
}

async function login(command: Extract<LoadCommand, { type: 'login' }>) {
  const client = connect(command.url);
  const tokens: string[] = [];
  for (const email of command.emails) {
    const reply = await timed(client, {
      path: '/api/v1/auth/login',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: command.password }),
    });
    if (reply.status !== 200) throw new Error(`login ${email}: ${reply.status} ${reply.text}`);
    tokens.push((JSON.parse(reply.text) as { accessToken: string }).accessToken);
  }
  await client.close();
  return { tokens };
}

/** Every client waits for `opensAt`, then books its attempts one after another (closed loop). */
async function flash(command: Extract<LoadCommand, { type: 'flash' }>) {
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  let retries = 0;
  let lastDone = 0;
  const urls = command.urls ?? [command.url];
  const clients = command.clients.map((_, index) => connect(urls[index % urls.length]!));
  await Promise.all(clients.map((client) => timed(client, { path: '/health', method: 'GET' })));
  await sleep(command.opensAt - Date.now());
  const started = performance.now();
  await Promise.all(
    command.clients.map(async (plan, index) => {
      const client = clients[index]!;
      const headers = {
        'content-type': 'application/json',
        authorization: `Bearer ${command.tokens[plan.token]}`,
      };
      for (const attempt of plan.attempts) {
        const key = randomUUID();
        for (let tries = 0; ; tries++) {
          const reply = await timed(client, {
            path: '/api/v1/bookings',
            method: 'POST',
            headers: { ...headers, 'idempotency-key': key },
            body: JSON.stringify(attempt),
          });
          latencies.push(reply.ms);
          // 503 busy_try_again: retry with the same key, as a real client does.
          if (reply.status === 503 && tries < 50) {
            retries++;
            await sleep(20 + Math.random() * 80);
            continue;
          }
          const body = JSON.parse(reply.text) as { status?: string; code?: string };
          const outcome = `${reply.status} ${reply.status < 400 ? body.status : body.code}`;
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          break;
        }
      }
      lastDone = performance.now();
    }),
  );
  await Promise.all(clients.map((client) => client.close()));
  return { latencies, outcomes, retries, elapsedMs: lastDone - started };
}

async function paths(command: Extract<LoadCommand, { type: 'paths' }>) {
  const results: PathResult[] = [];
  for (const request of command.requests) {
    const result: PathResult = {
      name: request.name,
      latencies: [],
      statuses: {},
      bytes: 0,
      headers: {},
      elapsedMs: 0,
    };
    let remaining = request.count;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: request.concurrency }, async () => {
        const client = connect(command.url);
        while (remaining-- > 0) {
          const reply = await timed(client, {
            path: request.path,
            method: 'GET',
            headers: request.headers,
          });
          result.latencies.push(reply.ms);
          result.statuses[reply.status] = (result.statuses[reply.status] ?? 0) + 1;
          result.bytes = Buffer.byteLength(reply.text);
          result.headers = Object.fromEntries(
            Object.entries(reply.headers).map(([name, value]) => [name, String(value)]),
          );
        }
        await client.close();
      }),
    );
    result.elapsedMs = performance.now() - started;
    results.push(result);
  }
  return { results };
}

const handlers = { health, login, flash, paths } as const;

process.on('message', (command: LoadCommand) => {
  if (command.type === 'exit') return process.exit(0);
  const handler = handlers[command.type] as (c: LoadCommand) => Promise<unknown>;
  handler(command).then(
    (result) => process.send!({ ok: true, result }),
    (error: unknown) => process.send!({ ok: false, error: String(error) }),
  );
});
