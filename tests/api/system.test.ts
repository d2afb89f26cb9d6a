import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { DEAD_REDIS_URL, withEnv } from '../helpers/app.js';
import { userWithToken } from '../helpers/factories.js';

describe('GET /health', () => {
  it('is ok with the database and the queue up', async () => {
    await withEnv(async (env) => {
      const res = await env.app.inject('/health');
      expect(res.statusCode).toBe(200);
      // The job backlog moves with every write, private ones too: signed-in callers only.
      expect(res.json()).toEqual({ status: 'ok', db: 'ok', queue: 'ok' });
      expect(res.headers['x-request-id']).toBeTruthy();
      const staff = (await userWithToken(env, 'staff')).token;
      const signedIn = await env.app.inject({ url: '/health', headers: { authorization: `Bearer ${staff}` } });
      expect(signedIn.json()).toEqual({ status: 'ok', db: 'ok', queue: 'ok', outboxPending: 0 });
      const readOnly = (await userWithToken(env, 'staff', { readOnly: true })).token;
      const publicView = await env.app.inject({ url: '/health', headers: { authorization: `Bearer ${readOnly}` } });
      expect(publicView.json()).toEqual({ status: 'ok', db: 'ok', queue: 'ok' });
    });
  });

  it('stays 200 and says the queue is unavailable when Redis is unreachable', async () => {
    await withEnv(
      async ({ app }) => {
        const res = await app.inject('/health');
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ status: 'ok', db: 'ok', queue: 'unavailable' });
      },
      { redisUrl: DEAD_REDIS_URL },
    );
  });

  it('echoes a well-formed request id', async () => {
    await withEnv(
      async ({ app }) => {
        const res = await app.inject({ url: '/health', headers: { 'x-request-id': 'abc-123' } });
        expect(res.headers['x-request-id']).toBe('abc-123');
      },
      { withQueue: false },
    );
  });
});

describe('errors', () => {
  it('an unknown route is a problem+json 404', async () => {
    await withEnv(
      async ({ app }) => {
        const res = await app.inject('/api/v1/nothing-here');
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json()).toMatchObject({ status: 404, code: 'route_not_found' });
      },
      { withQueue: false },
    );
  });
});

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3 document describing the public routes', async () => {
    await withEnv(
      async ({ app }) => {
        const res = await app.inject('/openapi.json');
        expect(res.statusCode).toBe(200);
        const doc = res.json() as { openapi: string; paths: Record<string, unknown> };
        expect(doc.openapi).toMatch(/^3\./);
        expect(Object.keys(doc.paths)).toEqual(
          expect.arrayContaining([
            '/health',
            '/api/v1/jurisdictions',
            '/api/v1/jurisdictions/{code}',
            '/api/v1/jurisdictions/{code}/deadline',
          ]),
        );
        const result = await validate(structuredClone(doc) as never);
        expect(result).toMatchObject({ valid: true });
      },
      { withQueue: false },
    );
  });

  it('has a human docs page', async () => {
    await withEnv(
      async ({ app }) => {
        const res = await app.inject('/docs/');
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toContain('text/html');
      },
      { withQueue: false },
    );
  });
});
