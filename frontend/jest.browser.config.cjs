/**
 * Browser tests: playwright-core drives Debian's chromium against the real app. The global setup
 * starts the built app with the 2016 demo data (embedded database, or a throwaway database on the
 * DATABASE_URL server) unless APP_URL points at one already running. Run with `npm run test:browser`.
 */
const babel = require('./babel-jest.cjs');

module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/e2e'],
  testEnvironment: 'node',
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.[jt]sx?$': babel },
  globalSetup: '<rootDir>/e2e/support/global-setup.cjs',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.cjs',
  testTimeout: 60000,
};
