/**
 * Browser tests: playwright-core drives Debian's chromium against an app that is
 * already running at APP_URL (default http://127.0.0.1:3000). Run with `npm run test:browser`.
 */
const babel = require('./babel-jest.cjs');

module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/e2e'],
  testEnvironment: 'node',
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.[jt]sx?$': babel },
  testTimeout: 60000,
};
