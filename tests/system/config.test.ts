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
});
