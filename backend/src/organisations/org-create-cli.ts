/** Entry point of `npm run org:create -- --slug <slug> --name <name> --admin-email <email>`. */
import 'reflect-metadata';
import { ConfigError } from '../config/app-config.js';
import { DataDirLockedError } from '../database/embedded-database.js';
import { runOrgCreateCommand } from './org-create-command.js';

runOrgCreateCommand(process.argv.slice(2), { log: console.log, error: console.error }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof DataDirLockedError ? error.message : error);
    process.exit(1);
  },
);
