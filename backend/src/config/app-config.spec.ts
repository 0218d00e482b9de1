import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATA_DIR).toBe('./data');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PUBLIC_READ).toBe(true);
    expect(config.DEMO_PASSWORD).toBe('demo');
    expect(config.SESSION_TTL_HOURS).toBe(8);
  });

  it('accepts a PostgreSQL URL and a port', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/test');
  });

  it('takes DEMO_PASSWORD and SESSION_TTL_HOURS from the environment', () => {
    const config = loadConfig({ DEMO_PASSWORD: 'hemligt-lösen', SESSION_TTL_HOURS: '24' });
    expect(config.DEMO_PASSWORD).toBe('hemligt-lösen');
    expect(config.SESSION_TTL_HOURS).toBe(24);
  });

  it('accepts a first admin with an e-mail address and a long enough password', () => {
    const config = loadConfig({ INITIAL_ADMIN_EMAIL: 'chef@stad.se', INITIAL_ADMIN_PASSWORD: 'ett långt lösenord' });
    expect(config.INITIAL_ADMIN_EMAIL).toBe('chef@stad.se');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://root@localhost/db' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ PUBLIC_READ: 'maybe' }, 'PUBLIC_READ'],
    [{ DEMO_PASSWORD: '' }, 'DEMO_PASSWORD'],
    [{ DEMO_PASSWORD: 'x'.repeat(73) }, 'DEMO_PASSWORD'],
    [{ SESSION_TTL_HOURS: '0' }, 'SESSION_TTL_HOURS'],
    [{ SESSION_TTL_HOURS: 'forever' }, 'SESSION_TTL_HOURS'],
    [{ INITIAL_ADMIN_EMAIL: 'inte-en-adress', INITIAL_ADMIN_PASSWORD: 'ett långt lösenord' }, 'INITIAL_ADMIN_EMAIL'],
    [{ INITIAL_ADMIN_EMAIL: 'chef@stad.se' }, 'INITIAL_ADMIN_PASSWORD'],
    [{ INITIAL_ADMIN_PASSWORD: 'ett långt lösenord' }, 'INITIAL_ADMIN_EMAIL'],
    [{ INITIAL_ADMIN_EMAIL: 'chef@stad.se', INITIAL_ADMIN_PASSWORD: 'kort' }, 'INITIAL_ADMIN_PASSWORD'],
    [{ INITIAL_ADMIN_EMAIL: 'chef@stad.se', INITIAL_ADMIN_PASSWORD: 'demo' }, 'INITIAL_ADMIN_PASSWORD'],
  ])('refuses %p and names %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });
});
