import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOnly = ['electron', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'exceljs', 'fs', 'path', 'child_process', 'os'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'db/migrations/**', 'tests/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Gebruik een union van strings in plaats van een enum.' },
      ],
    },
  },
  {
    // The renderer reaches the data only through the contract: no Node, no database, no Electron.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // TanStack Table returns non-memoisable functions by design; no React Compiler runs here.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: nodeOnly
            .filter((p) => !p.includes('*'))
            .map((name) => ({ name, message: 'Niet in de renderer: gebruik api.call().' })),
          patterns: [
            { group: ['node:*'], message: 'Node-modules horen niet in de renderer.' },
            {
              group: ['drizzle-orm/*', '**/db/**', '**/db'],
              message: 'De renderer praat niet met de database: gebruik api.call().',
            },
            {
              group: ['**/electron/services/**', '**/electron/main/**', '**/electron/web/**', '**/electron/cli/**'],
              message: 'Alleen het contract (electron/api/contract) mag in de renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Services run in Electron, browser mode, the CLI and the tests: never tied to Electron.
    files: ['electron/services/**/*.ts', 'electron/api/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Alleen electron/main en electron/preload gebruiken electron.' }] },
      ],
    },
  },
  {
    // vitest's asymmetric matchers (expect.stringMatching, ...) are typed `any`.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.js', '**/*.config.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
);
