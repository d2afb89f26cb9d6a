import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('has defaults for everything', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, DATA_DIR: './data', REDIS_URL: 'redis://127.0.0.1:6379', DEMO_DATA: true });
    expect(c.SMTP_URL).toBeUndefined();
    expect(c.publicBaseUrl).toBe('http://127.0.0.1:3000');
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['REDIS_URL', 'localhost:6379'],
    ['SMTP_URL', 'mail.example.com'],
    ['PUBLIC_BASE_URL', 'not a url'],
    ['DEMO_DATA', 'maybe'],
    ['QUEUE_PREFIX', 'has space'],
    ['FOIA_BOOTSTRAP_TOKEN', 'short'],
    ['INBOUND_EMAIL_DOMAIN', 'nodot'],
  ])('stops on a malformed %s (%s) and names it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });

  it('stops on an unknown FOIA_ variable (a typo)', () => {
    expect(() => loadConfig({ FOIA_BOOTSTRAP_TOKN: 'x'.repeat(20) })).toThrow(/FOIA_BOOTSTRAP_TOKN: unknown variable/);
  });

  it('reads DEMO_DATA=0 as off', () => {
    expect(loadConfig({ DEMO_DATA: '0' }).DEMO_DATA).toBe(false);
  });

  describe('the blob store settings', () => {
    const s3 = { BLOB_STORE: 's3://foia-blobs' };

    it('keeps blobs in DATA_DIR by default', () => {
      expect(loadConfig({}).BLOB_STORE).toBe('local');
    });

    it('accepts a bucket with a prefix, an endpoint and a key pair', () => {
      const c = loadConfig({
        BLOB_STORE: 's3://foia-blobs/city-a',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_REGION: 'eu-west-3',
        S3_ACCESS_KEY_ID: 'minio',
        S3_SECRET_ACCESS_KEY: 'minio-secret',
        S3_FORCE_PATH_STYLE: '0',
      });
      expect(c).toMatchObject({
        BLOB_STORE: 's3://foia-blobs/city-a',
        S3_REGION: 'eu-west-3',
        S3_FORCE_PATH_STYLE: false,
      });
    });

    it.each([
      ['BLOB_STORE', 's3://', {}],
      ['BLOB_STORE', 's3://Upper_Case', {}],
      ['BLOB_STORE', '/srv/blobs', {}],
      ['BLOB_STORE', 'gs://foia-blobs', {}],
      ['S3_ENDPOINT', 'minio:9000', s3],
      ['S3_ENDPOINT', 'ftp://minio.example.org', s3],
      ['S3_REGION', 'US East', s3],
      ['S3_FORCE_PATH_STYLE', 'yes', s3],
    ])('stops on a malformed %s (%s) and names it', (name, value, rest) => {
      expect(() => loadConfig({ ...rest, [name]: value })).toThrow(ConfigError);
      expect(() => loadConfig({ ...rest, [name]: value })).toThrow(new RegExp(name));
    });

    it('stops on S3 settings given without an s3:// BLOB_STORE (they would be ignored)', () => {
      expect(() => loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(
        /S3_ENDPOINT is set but BLOB_STORE is not an s3:\/\/ bucket/,
      );
    });

    it('stops on half a key pair', () => {
      expect(() => loadConfig({ ...s3, S3_ACCESS_KEY_ID: 'minio' })).toThrow(
        /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together/,
      );
    });
  });
});
