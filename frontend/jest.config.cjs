/**
 * Component tests: Jest + jsdom + Testing Library.
 * A CommonJS config (.cjs) because the package is "type": "module"; sources are
 * TypeScript and transpiled by babel-jest, so Jest runs them as CommonJS.
 * Type checking is done by `tsc` in `npm run build`.
 */
const babel = require('./babel-jest.cjs');

module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testEnvironment: '<rootDir>/src/testing/jsdom-environment.cjs',
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
  transform: { '^.+\\.[jt]sx?$': babel },
  moduleNameMapper: {
    // Chart.js needs a real canvas; jsdom has none. The stub renders the canvas' accessible name.
    '^react-chartjs-2$': '<rootDir>/src/testing/react-chartjs-2-stub.tsx',
    '\\.css$': '<rootDir>/src/testing/style-stub.ts',
  },
  clearMocks: true,
  restoreMocks: true,
};
