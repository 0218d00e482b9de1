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
    expect(config.SEED).toBe(true);
    expect(config.COOKIE_SECURE).toBe(false);
    expect(config.TRUST_PROXY).toBe(false);
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.MAIL_FROM).toBe('Åtgärdskollen <noreply@localhost>');
    expect(config.PUBLIC_URL).toBe('http://localhost:3000');
    expect(config.REMINDER_SCHEDULE).toEqual({ daysBefore: [14, 3, 0], lateEvery: 7 });
    expect(config.REMINDER_INTERVAL_SECONDS).toBe(300);
    expect(config.MAIL_MAX_ATTEMPTS).toBe(8);
  });

  it('reads the mail settings; PUBLIC_URL loses a trailing slash and follows PORT when unset', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://user:l%C3%B6sen@mail.stad.se:465',
      MAIL_FROM: 'uppfoljning@stad.se',
      PUBLIC_URL: 'https://atgardskollen.stad.se/',
      REMINDER_SCHEDULE: '7,0',
      REMINDER_INTERVAL_SECONDS: '0',
    });
    expect(config.SMTP_URL).toBe('smtps://user:l%C3%B6sen@mail.stad.se:465');
    expect(config.PUBLIC_URL).toBe('https://atgardskollen.stad.se');
    expect(config.REMINDER_SCHEDULE).toEqual({ daysBefore: [7, 0], lateEvery: null });
    expect(config.REMINDER_INTERVAL_SECONDS).toBe(0);
    expect(loadConfig({ PORT: '8080' }).PUBLIC_URL).toBe('http://localhost:8080');
  });

  it('seeds the demo data by default only on the embedded database; a server gets it only when asked for', () => {
    const server = 'postgres://postgres@127.0.0.1:5432/atgardskollen';
    expect(loadConfig({ DATABASE_URL: server }).SEED).toBe(false);
    expect(loadConfig({ DATABASE_URL: server, SEED: 'true' }).SEED).toBe(true);
    expect(loadConfig({ SEED: 'false' }).SEED).toBe(false);
  });

  it('marks cookies Secure in production unless COOKIE_SECURE=false says it is served over plain HTTP', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).COOKIE_SECURE).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }).COOKIE_SECURE).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: 'true' }).COOKIE_SECURE).toBe(true);
  });

  it.each([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
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
    [{ SEED: 'yes' }, 'SEED'],
    [{ COOKIE_SECURE: 'on' }, 'COOKIE_SECURE'],
    [{ TRUST_PROXY: 'the-load-balancer' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/99' }, 'TRUST_PROXY'],
    [{ DB_POOL_WAIT_MS: '0' }, 'DB_POOL_WAIT_MS'],
    [{ DB_STATEMENT_TIMEOUT_MS: '-1' }, 'DB_STATEMENT_TIMEOUT_MS'],
    [{ SESSION_TTL_HOURS: 'forever' }, 'SESSION_TTL_HOURS'],
    [{ INITIAL_ADMIN_EMAIL: 'inte-en-adress', INITIAL_ADMIN_PASSWORD: 'ett långt lösenord' }, 'INITIAL_ADMIN_EMAIL'],
    [{ INITIAL_ADMIN_EMAIL: 'chef@stad.se' }, 'INITIAL_ADMIN_PASSWORD'],
    [{ INITIAL_ADMIN_PASSWORD: 'ett långt lösenord' }, 'INITIAL_ADMIN_EMAIL'],
    [{ INITIAL_ADMIN_EMAIL: 'chef@stad.se', INITIAL_ADMIN_PASSWORD: 'kort' }, 'INITIAL_ADMIN_PASSWORD'],
    [{ INITIAL_ADMIN_EMAIL: 'chef@stad.se', INITIAL_ADMIN_PASSWORD: 'demo' }, 'INITIAL_ADMIN_PASSWORD'],
    [{ SMTP_URL: 'mail.stad.se:25' }, 'SMTP_URL'],
    [{ SMTP_URL: 'http://mail.stad.se' }, 'SMTP_URL'],
    [{ MAIL_FROM: 'Stadsledningskontoret' }, 'MAIL_FROM'],
    [{ PUBLIC_URL: 'atgardskollen.stad.se' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'https://atgardskollen.stad.se/?x=1' }, 'PUBLIC_URL'],
    [{ REMINDER_SCHEDULE: '14,tre' }, 'REMINDER_SCHEDULE'],
    [{ REMINDER_INTERVAL_SECONDS: '-5' }, 'REMINDER_INTERVAL_SECONDS'],
    [{ MAIL_MAX_ATTEMPTS: '0' }, 'MAIL_MAX_ATTEMPTS'],
    [{ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.stad.se', PUBLIC_URL: 'https://a.se' }, 'MAIL_FROM'],
    [{ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.stad.se', MAIL_FROM: 'a@stad.se' }, 'PUBLIC_URL'],
  ])('refuses %p and names %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });
});
