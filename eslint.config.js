// Layer rules: shared/ is pure TypeScript; electron/ engine code never imports `electron`
// (only the shell files may); renderer/ never imports Node or electron/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'net',
  'crypto',
  'events',
  'stream',
];
const electronShellFiles = ['electron/shell/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'bench/results/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is pure TypeScript: no Node APIs.' },
            { group: ['electron', 'react', 'react-dom'], message: 'shared/ imports no platform.' },
            {
              group: ['**/electron/**', '**/renderer/**', '**/e2e/**'],
              message: 'shared/ depends on nothing else.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: electronShellFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron'],
              message: 'Only electron/shell/ may import electron; the engine runs under plain Node.',
            },
            { group: ['**/renderer/**', 'react', 'react-dom'], message: 'The engine never imports the UI.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer never imports Node; use the contract client.' },
            {
              group: ['electron', '**/electron/**'],
              message: 'The renderer talks only through the contract client.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
