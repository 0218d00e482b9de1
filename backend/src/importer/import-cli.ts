/** Entry point of `npm run import -- <file> [--kind appendix|decision|answer] [--cycle-year 2016] [--organisation <slug>] [--commission <slug>] [--dry-run]`. */
import 'reflect-metadata';
import { ConfigError } from '../config/app-config.js';
import { DataDirLockedError } from '../database/embedded-database.js';
import { runImportCommand } from './import-command.js';

runImportCommand(process.argv.slice(2), { log: console.log, error: console.error, progress: process.stdout.isTTY ?? false }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof DataDirLockedError ? error.message : error);
    process.exit(1);
  },
);
