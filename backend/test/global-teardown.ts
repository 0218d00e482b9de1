import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>).__ATK_EMBEDDED__ as { stop(): Promise<void> } | undefined;
  if (embedded) {
    await embedded.stop();
    return;
  }
  const name = process.env.ATK_TEST_DATABASE_NAME;
  if (name && process.env.ATK_TEST_SERVER_URL) {
    const admin = new pg.Client({ connectionString: process.env.ATK_TEST_SERVER_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
