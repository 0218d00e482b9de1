import { plainToInstance, Transform } from 'class-transformer';
import proxyAddr from 'proxy-addr';
import { passwordProblem } from '../auth/password.js';
import { parseReminderSchedule, type ReminderSchedule } from '../reminders/reminder-schedule.js';
import { IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, validateSync } from 'class-validator';

/** Environment the app reads, validated once at boot; a bad value stops the app with a message naming it. */
export class AppConfig {
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : Number.NaN))
  @IsInt({ message: 'PORT must be an integer between 0 and 65535' })
  @Min(0, { message: 'PORT must be an integer between 0 and 65535' })
  @Max(65535, { message: 'PORT must be an integer between 0 and 65535' })
  PORT: number;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, {
    message: 'DATABASE_URL must be a PostgreSQL connection URL such as postgres://user@127.0.0.1:5432/db',
  })
  DATABASE_URL?: string;

  @IsString()
  @IsNotEmpty({ message: 'DATA_DIR must name a directory (or memory:// for a throwaway database)' })
  DATA_DIR: string;

  @IsIn(['development', 'production', 'test'], { message: 'NODE_ENV must be development, production or test' })
  NODE_ENV: string;

  /** false: reads need a signed-in user too. */
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'PUBLIC_READ must be true or false' })
  PUBLIC_READ: boolean;

  /**
   * The demo data and demo accounts: true loads them into an empty database, false never. Unset, they
   * belong to the embedded demo only: true without DATABASE_URL, false with it, so a real server never
   * gets admin@example.se / demo unless asked for.
   */
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'SEED must be true or false (unset: true on the embedded database, false with DATABASE_URL)' })
  SEED: boolean;

  /**
   * Whether cookies carry the Secure flag. Unset: in production yes. false serves sign-in over plain
   * HTTP (a loopback install without TLS); true forces it elsewhere too.
   */
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'COOKIE_SECURE must be true or false (unset: true in production)' })
  COOKIE_SECURE: boolean;

  /** The demo accounts' password (outside production mode only); "demo" when unset. */
  @IsString()
  @IsNotEmpty({ message: 'DEMO_PASSWORD must not be empty (unset it to use "demo")' })
  @MaxLength(72, { message: 'DEMO_PASSWORD must be at most 72 characters (the bcrypt limit)' })
  DEMO_PASSWORD: string;

  /** How long a session lasts after sign-in. */
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : Number.NaN))
  @IsInt({ message: 'SESSION_TTL_HOURS must be an integer between 1 and 720' })
  @Min(1, { message: 'SESSION_TTL_HOURS must be an integer between 1 and 720' })
  @Max(720, { message: 'SESSION_TTL_HOURS must be an integer between 1 and 720' })
  SESSION_TTL_HOURS: number;

  /** Longest a single query may run before it is cancelled (503 database_busy); 0 = no limit. */
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : Number.NaN))
  @IsInt({ message: 'DB_STATEMENT_TIMEOUT_MS must be an integer number of milliseconds between 0 and 3600000' })
  @Min(0, { message: 'DB_STATEMENT_TIMEOUT_MS must be an integer number of milliseconds between 0 and 3600000' })
  @Max(3_600_000, { message: 'DB_STATEMENT_TIMEOUT_MS must be an integer number of milliseconds between 0 and 3600000' })
  DB_STATEMENT_TIMEOUT_MS: number;

  /** Longest a request waits for a database connection before it answers 503 database_busy. */
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : Number.NaN))
  @IsInt({ message: 'DB_POOL_WAIT_MS must be an integer number of milliseconds between 1 and 600000' })
  @Min(1, { message: 'DB_POOL_WAIT_MS must be an integer number of milliseconds between 1 and 600000' })
  @Max(600_000, { message: 'DB_POOL_WAIT_MS must be an integer number of milliseconds between 1 and 600000' })
  DB_POOL_WAIT_MS: number;

  /**
   * Which proxies in front of the app to believe about the client's address (X-Forwarded-For), as
   * Express's "trust proxy": false (default: the socket's address), true, a hop count, or a comma list
   * of addresses, subnets and the names loopback, linklocal, uniquelocal. The login throttle counts per address.
   */
  TRUST_PROXY: boolean | number | string[];

  /** With INITIAL_ADMIN_PASSWORD: an admin account created at start when no account has this email (how production gets its first admin). */
  @IsOptional()
  @IsEmail({}, { message: 'INITIAL_ADMIN_EMAIL must be an e-mail address' })
  INITIAL_ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  INITIAL_ADMIN_PASSWORD?: string;

  /** Where reminders are sent: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465. Unset: they stay queued in the outbox. */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s/]+(:\d+)?\/?(\?[^\s]*)?$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL such as smtp://user:password@mail.example.se:587' })
  SMTP_URL?: string;

  /** The sender of reminders, an address or "Name <address>". */
  @IsString()
  @Matches(/^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, { message: 'MAIL_FROM must be an e-mail address or "Name <address>"' })
  MAIL_FROM: string;

  /** The app's address as users reach it; links in e-mail start with it. */
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'PUBLIC_URL must be an http:// or https:// URL without query, such as https://atgardskollen.example.se' })
  PUBLIC_URL: string;

  /** When reminders go out (REMINDER_SCHEDULE, see reminder-schedule.ts). */
  REMINDER_SCHEDULE: ReminderSchedule;

  /** How often the app runs the reminder schedule and the sender; 0 = never (tests, or a separate worker). */
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : Number.NaN))
  @IsInt({ message: 'REMINDER_INTERVAL_SECONDS must be an integer between 0 (off) and 86400' })
  @Min(0, { message: 'REMINDER_INTERVAL_SECONDS must be an integer between 0 (off) and 86400' })
  @Max(86_400, { message: 'REMINDER_INTERVAL_SECONDS must be an integer between 0 (off) and 86400' })
  REMINDER_INTERVAL_SECONDS: number;

  /** How many times the sender tries a message before it is marked failed. */
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : Number.NaN))
  @IsInt({ message: 'MAIL_MAX_ATTEMPTS must be an integer between 1 and 50' })
  @Min(1, { message: 'MAIL_MAX_ATTEMPTS must be an integer between 1 and 50' })
  @Max(50, { message: 'MAIL_MAX_ATTEMPTS must be an integer between 1 and 50' })
  MAIL_MAX_ATTEMPTS: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = {
    PORT: env.PORT || '3000',
    DATABASE_URL: env.DATABASE_URL || undefined,
    DATA_DIR: env.DATA_DIR || './data',
    NODE_ENV: env.NODE_ENV || 'development',
    PUBLIC_READ: env.PUBLIC_READ || 'true',
    SEED: env.SEED || String(!env.DATABASE_URL),
    COOKIE_SECURE: env.COOKIE_SECURE || String((env.NODE_ENV || 'development') === 'production'),
    DEMO_PASSWORD: env.DEMO_PASSWORD ?? 'demo',
    SESSION_TTL_HOURS: env.SESSION_TTL_HOURS || '8',
    DB_STATEMENT_TIMEOUT_MS: env.DB_STATEMENT_TIMEOUT_MS || '30000',
    DB_POOL_WAIT_MS: env.DB_POOL_WAIT_MS || '10000',
    INITIAL_ADMIN_EMAIL: env.INITIAL_ADMIN_EMAIL || undefined,
    INITIAL_ADMIN_PASSWORD: env.INITIAL_ADMIN_PASSWORD || undefined,
    SMTP_URL: env.SMTP_URL || undefined,
    MAIL_FROM: env.MAIL_FROM || 'Åtgärdskollen <noreply@localhost>',
    PUBLIC_URL: (env.PUBLIC_URL || `http://localhost:${env.PORT || '3000'}`).replace(/\/+$/, ''),
    REMINDER_INTERVAL_SECONDS: env.REMINDER_INTERVAL_SECONDS || '300',
    MAIL_MAX_ATTEMPTS: env.MAIL_MAX_ATTEMPTS || '8',
  };
  const config = plainToInstance(AppConfig, raw);
  const trust = parseTrustProxy(env.TRUST_PROXY);
  const errors = validateSync(config, { skipMissingProperties: false, forbidUnknownValues: false });
  const lines = errors.flatMap((e) => [...new Set(Object.values(e.constraints ?? {}))].map((m) => `  - ${e.property}: ${m}`));
  // The first admin's two settings go together, and its password obeys the rules an admin's password does.
  if (config.INITIAL_ADMIN_EMAIL && !config.INITIAL_ADMIN_PASSWORD) {
    lines.push('  - INITIAL_ADMIN_PASSWORD: INITIAL_ADMIN_PASSWORD must be set with INITIAL_ADMIN_EMAIL');
  }
  if (config.INITIAL_ADMIN_PASSWORD && !config.INITIAL_ADMIN_EMAIL) {
    lines.push('  - INITIAL_ADMIN_EMAIL: INITIAL_ADMIN_EMAIL must be set with INITIAL_ADMIN_PASSWORD');
  }
  const problem = config.INITIAL_ADMIN_PASSWORD ? passwordProblem(config.INITIAL_ADMIN_PASSWORD, config.DEMO_PASSWORD) : null;
  if (problem) lines.push(`  - INITIAL_ADMIN_PASSWORD: ${problem.replace(/^password/, 'INITIAL_ADMIN_PASSWORD')}`);
  if (trust instanceof Error) lines.push(`  - TRUST_PROXY: ${trust.message}`);
  else config.TRUST_PROXY = trust;
  const schedule = parseReminderSchedule(env.REMINDER_SCHEDULE);
  if (schedule instanceof Error) lines.push(`  - REMINDER_SCHEDULE: ${schedule.message}`);
  else config.REMINDER_SCHEDULE = schedule;
  // Mail that leaves the building needs a real sender and links users can follow.
  if (config.SMTP_URL && config.NODE_ENV === 'production') {
    if (!env.MAIL_FROM) lines.push('  - MAIL_FROM: MAIL_FROM must be set with SMTP_URL in production');
    if (!env.PUBLIC_URL) lines.push('  - PUBLIC_URL: PUBLIC_URL must be set with SMTP_URL in production (the links in reminders start with it)');
  }
  if (lines.length > 0) throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  return config;
}

function parseTrustProxy(value: string | undefined): AppConfig['TRUST_PROXY'] | Error {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  const list = text.split(',').map((part) => part.trim()).filter(Boolean);
  try {
    proxyAddr.compile(list);
    return list;
  } catch (error) {
    return new Error(`TRUST_PROXY must be true, false, a number of proxies, or addresses/subnets such as loopback,10.0.0.0/8 (${(error as Error).message})`);
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');
