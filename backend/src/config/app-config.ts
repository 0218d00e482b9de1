import { plainToInstance, Transform } from 'class-transformer';
import { passwordProblem } from '../auth/password.js';
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

  /** false: do not seed an empty database with the demo data (tests of synthetic fixtures). */
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'SEED must be true or false' })
  SEED: boolean;

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

  /** With INITIAL_ADMIN_PASSWORD: an admin account created at start when no account has this email (how production gets its first admin). */
  @IsOptional()
  @IsEmail({}, { message: 'INITIAL_ADMIN_EMAIL must be an e-mail address' })
  INITIAL_ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  INITIAL_ADMIN_PASSWORD?: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = {
    PORT: env.PORT || '3000',
    DATABASE_URL: env.DATABASE_URL || undefined,
    DATA_DIR: env.DATA_DIR || './data',
    NODE_ENV: env.NODE_ENV || 'development',
    PUBLIC_READ: env.PUBLIC_READ || 'true',
    SEED: env.SEED || 'true',
    DEMO_PASSWORD: env.DEMO_PASSWORD ?? 'demo',
    SESSION_TTL_HOURS: env.SESSION_TTL_HOURS || '8',
    DB_STATEMENT_TIMEOUT_MS: env.DB_STATEMENT_TIMEOUT_MS || '30000',
    DB_POOL_WAIT_MS: env.DB_POOL_WAIT_MS || '10000',
    INITIAL_ADMIN_EMAIL: env.INITIAL_ADMIN_EMAIL || undefined,
    INITIAL_ADMIN_PASSWORD: env.INITIAL_ADMIN_PASSWORD || undefined,
  };
  const config = plainToInstance(AppConfig, raw);
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
  if (lines.length > 0) throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
