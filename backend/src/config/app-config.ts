import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, validateSync } from 'class-validator';

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
  };
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { skipMissingProperties: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => [...new Set(Object.values(e.constraints ?? {}))].map((m) => `  - ${e.property}: ${m}`));
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
