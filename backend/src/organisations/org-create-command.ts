/**
 * `npm run org:create -- --slug <slug> --name <name> --admin-email <email>`: creates an organisation
 * and its first admin in the configured database (DATABASE_URL, or the embedded one on DATA_DIR).
 * The admin's password comes from ORG_ADMIN_PASSWORD, or is generated and printed once. Returns
 * the exit code: 0 created, 1 refused (taken slug, name or email; nothing written), 2 bad arguments.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { AppException } from '../common/errors/app-exception.js';
import { loadConfig } from '../config/app-config.js';
import { DatabaseEndpoint } from '../database/database-endpoint.js';
import { buildDataSourceOptions } from '../database/database-options.js';
import { ORGANISATION_SLUG } from './dto/organisation.dto.js';
import { createOrganisation } from './organisations.service.js';

const USAGE = 'Usage: npm run org:create -- --slug <slug> --name <name> --admin-email <email>   (password: ORG_ADMIN_PASSWORD, or generated)';

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

export async function runOrgCreateCommand(args: string[], out: Output, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { slug: { type: 'string' }, name: { type: 'string' }, 'admin-email': { type: 'string' }, help: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    out.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out.log(USAGE);
    return 0;
  }
  const slug = values.slug ?? '';
  const name = (values.name ?? '').trim();
  const email = (values['admin-email'] ?? '').trim().toLowerCase();
  const problems = [
    !ORGANISATION_SLUG.test(slug) && '--slug must be lower case letters, digits and single dashes, e.g. "tyreso-kommun"',
    name === '' && '--name must not be empty',
    !/^[^@\s]+@[^@\s]+$/.test(email) && '--admin-email must be an email address',
  ].filter((p): p is string => typeof p === 'string');
  const config = loadConfig();
  const given = env.ORG_ADMIN_PASSWORD;
  const password = given ?? randomBytes(12).toString('base64url');
  const weak = given === undefined ? null : passwordProblem(given, config.DEMO_PASSWORD);
  if (weak) problems.push(`ORG_ADMIN_PASSWORD: ${weak}`);
  if (problems.length > 0) {
    out.error(`${problems.join('\n')}\n${USAGE}`);
    return 2;
  }

  const endpoint = await DatabaseEndpoint.open(config);
  const dataSource = new DataSource(buildDataSourceOptions(endpoint.url, endpoint.embedded));
  try {
    await dataSource.initialize();
    const hash = await hashPassword(password);
    const created = await dataSource.transaction((m) => createOrganisation(m, { slug, name, adminEmail: email, adminPasswordHash: hash }, null));
    out.log(`Organisation ${created.name} (${created.slug}) created, id ${created.id}; first admin ${created.admin.email}.`);
    if (given === undefined) out.log(`The admin's password (shown once; change it after signing in): ${password}`);
    return 0;
  } catch (error) {
    if (error instanceof AppException) {
      out.error(`Nothing was created: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await endpoint.close();
  }
}
