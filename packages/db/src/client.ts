import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index';

/** `$client` is the pool, for the few statements prepared by name (the booking path). */
export type Database = NodePgDatabase<typeof schema> & { $client: pg.Pool };
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * How the connections reach PostgreSQL. `session`: directly (or a session-pooling proxy).
 * `transaction`: through a transaction-pooling PgBouncer, where consecutive transactions of
 * one client may run on different server connections (decision 012).
 */
export type Pooling = 'session' | 'transaction';

/** Fail fast instead of queueing forever when a row lock is contended (mapped to 503/409). */
export const sessionTimeouts = { lock_timeout: '5000', statement_timeout: '30000' };

export function createDatabase(
  url: string,
  options: { max?: number; pooling?: Pooling } = {},
): DatabaseHandle {
  const transactionPooled = options.pooling === 'transaction';
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 20,
    connectionTimeoutMillis: 5_000,
    // PgBouncer refuses the `options` startup parameter: there the timeouts are its
    // `connect_query` (see docker-compose.yml).
    ...(transactionPooled
      ? {}
      : {
          options: Object.entries(sessionTimeouts)
            .map(([name, value]) => `-c ${name}=${value}`)
            .join(' '),
        }),
  });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', () => {});
  if (transactionPooled) pool.on('connect', unnameStatements);
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

/**
 * A statement prepared by name lives on one server connection, and the client would reuse it
 * on whichever connection PgBouncer hands it next: behind transaction pooling every statement
 * is sent unnamed (parsed and planned each time, about 2 ms more for the booking facts).
 */
function unnameStatements(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((config: unknown, ...rest: unknown[]) =>
    query(
      isPlainObject(config) && 'name' in config ? { ...config, name: undefined } : config,
      ...rest,
    )) as typeof client.query;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
