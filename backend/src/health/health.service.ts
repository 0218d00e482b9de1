import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import type { HealthDto } from './health.controller.js';

const TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  /** Asks the database itself what it is, so the answer proves it responds. */
  async check(): Promise<HealthDto> {
    try {
      const rows = await Promise.race([
        this.dataSource.query<{ version: string }[]>('SELECT version() AS version'),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref()),
      ]);
      return { status: 'ok', database: rows[0].version.includes('PGlite') ? 'embedded' : 'server' };
    } catch {
      throw new AppException(ErrorCode.DatabaseUnavailable, 'The database does not answer');
    }
  }
}
