import js from '@eslint/js';
import jest from 'eslint-plugin-jest';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // api-schema.d.ts is generated (npm run api:types) and checked against the backend instead.
  { ignores: ['dist/**', 'test-results/**', 'coverage/**', 'src/lib/api-schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.strict,
  reactHooks.configs.flat.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      // A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
      // One API client: components and features fetch only through lib/api-client.ts.
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Use apiGet from lib/api-client.ts.' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/index', '**/index.ts', '**/index.tsx'], message: 'No barrel files: import the module itself.' },
            { group: ['chart.js', 'chart.js/*'], message: 'Chart.js is wrapped once, in lib/chart.tsx.' },
            { group: ['react-chartjs-2'], message: 'Chart.js is wrapped once, in lib/chart.tsx.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/chart.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/lib/api-client.ts', 'src/testing/**', '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts', 'src/testing/**'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/valid-expect': 'error',
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*'] }],
    },
  },
  {
    files: ['e2e/**/*.ts', 'e2e/**/*.mjs', 'scripts/**/*.mjs', 'vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
