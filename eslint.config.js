// ESLint with typescript-eslint's type-checked rules (npm run lint:code). Formatting is Prettier's
// (.prettierrc.json), the layers are dependency-cruiser's (.dependency-cruiser.cjs): no rule here is about
// either. Rules switched off below say why.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['node_modules/', 'dist/', 'packages/*/dist/', 'data/', '.cache/', '.dev/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The house convention: a leading underscore marks a binding kept for its position or its name, and a
      // rest sibling leaves out the properties named before it (`const { nonce, ...rest } = message`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `catch {}` says "absent is fine" (an optional file, a best-effort cleanup) in a word.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Passing on a caught `unknown` as it came keeps its type and stack; wrapping it would hide them.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    // Tests poke at parsed JSON (emulator payloads, export documents, HTTP bodies) and stand in for async
    // interfaces with plain functions; vitest's `expect(mock.method)` detaches methods on purpose. Promise
    // misuse and floating promises stay errors here too.
    files: ['test/**', 'packages/*/test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
      // They print whatever a payload or a diagnosis holds.
      '@typescript-eslint/no-base-to-string': 'off',
      // A test bot's async event listener that rejects is an unhandled rejection, which fails the vitest run.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  {
    // The emulator and the bot's offline run (the sandbox, src/offline) coerce and print JSON option values as
    // Discord does: `String(value)` of whatever a client sent is the point, not an accident.
    files: ['packages/discord-emulator/src/**', 'src/offline/**'],
    rules: { '@typescript-eslint/no-base-to-string': 'off' },
  },
  {
    // The gold builders of test/eval and this file are plain JavaScript outside tsconfig.json.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
