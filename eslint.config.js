// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['docs/api/**', '**/dist/**', '**/coverage/**', '**/*.d.ts', '**/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^fp-ts/(?!lib/)',
              message:
                "fp-ts 2 has no exports map: import 'fp-ts/lib/Either.js' so the built ESM runs in Node.",
            },
          ],
        },
      ],
    },
  },
  {
    // The core is pure: no I/O, no clock, no process, no Discord.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-d.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'discord.js'],
              message: 'packages/core is pure: do I/O at the edges.',
            },
            {
              regex: '^fp-ts/(?!lib/)',
              message:
                "fp-ts 2 has no exports map: import 'fp-ts/lib/Either.js' so the built ESM runs in Node.",
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          // `import { z }` keeps the whole z object, locales included, in every user's bundle.
          selector:
            "ImportDeclaration[importKind='value'][source.value='zod'] > ImportSpecifier[importKind='value'][imported.name='z']",
          message: "Import zod as `import * as z from 'zod'` so bundlers can tree-shake it.",
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'packages/core is pure: pass values in.' },
        { name: 'fetch', message: 'packages/core is pure: do I/O at the edges.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'packages/core has no clock: take the date as a parameter.',
        },
        { object: 'Math', property: 'random', message: 'packages/core is deterministic.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
