import { spawnSync } from 'node:child_process';
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
});
