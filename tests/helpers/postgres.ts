/**
 * Throw-away PostgreSQL databases for tests: each test file creates its own `foia_test_<random>`
 * through the server named by TEST_DATABASE_URL (default: the local server) and drops it afterwards,
 * never touching another database.
 *
 * Without a server the PostgreSQL tests are skipped with a notice, so that `npm test` still runs on a
 * machine without PostgreSQL; `npm run test:pg` starts or installs one first (scripts/setup.mjs
 * --postgres) and sets REQUIRE_POSTGRES, so there a missing server fails instead.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_SERVER_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Whether a PostgreSQL server answers; throws instead when the run asked for PostgreSQL. */
export async function postgresAvailable(): Promise<boolean> {
  try {
    await admin((c) => c.query('select 1'));
    return true;
  } catch (err) {
    if (process.env.REQUIRE_POSTGRES) throw err;
    if (err instanceof Error) {
      console.warn(
        `PostgreSQL tests skipped: no server at ${TEST_SERVER_URL} (${err.message}); npm run test:pg runs them`,
      );
      return false;
    }
    throw err;
  }
}

export interface TestPgDatabase {
  url: string;
  name: string;
  /** Runs a query on the test database, on a connection of its own. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

export async function createTestPgDatabase(): Promise<TestPgDatabase> {
  const name = `foia_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = withDatabase(TEST_SERVER_URL, name);
  return {
    url,
    name,
    async query(text, values) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(text, values)).rows;
      } finally {
        await client.end();
      }
    },
    async drop() {
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
