import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('a bad configuration stops the process', () => {
  it('names the variable and exits non-zero', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...process.env, PORT: 'eighty', DATA_DIR: '/tmp/foia-never' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('PORT');
  });

  it('a bucket that cannot be reached stops the start in one sentence, before listening', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'foia-s3-down-'));
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          PORT: '0',
          DEMO_DATA: '0',
          BLOB_STORE: 's3://foia-blobs',
          // Nothing listens on port 1.
          S3_ENDPOINT: 'http://127.0.0.1:1',
          S3_ACCESS_KEY_ID: 'key',
          S3_SECRET_ACCESS_KEY: 'secret',
          AWS_MAX_ATTEMPTS: '1',
        },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/BLOB_STORE s3:\/\/foia-blobs: the bucket cannot be used at http:\/\/127\.0\.0\.1:1/);
      // One sentence, no stack trace.
      expect(r.stderr).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
