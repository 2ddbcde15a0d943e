// `npm run lint`: typescript-eslint's type-checked rules (no floating or misused promises, exhaustive switches) and
// the architecture as rules: four layers that point one way, knowledge ← dialogs ← bot ← adapters, and no import cycle.
// The house format is enforced by @stylistic's rules (`npm run lint -- --fix` applies them): the project's long-line
// style would be rewritten wholesale by Prettier, so the formatter is this rule set instead.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What each layer may not import: everything above it. Type-only imports count too. */
const LAYERS = [
  { target: './knowledge', from: ['./dialogs', './bot', './adapters'], message: 'knowledge/ is the bottom layer: it imports no other layer.' },
  { target: './dialogs', from: ['./bot', './adapters'], message: 'dialogs/ may import knowledge/ only; it receives what it needs through ports.' },
  { target: './bot', from: ['./adapters'], message: 'bot/ may import dialogs/ and knowledge/; adapters/ implement its ports.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/e2e/artifacts/**', 'adapters/web/static/**', 'adapters/web/vendor/**', 'adapters/web/webchat/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX, '@stylistic': stylistic },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // Ports are async by contract; an in-memory implementation that needs no await is still right.
      '@typescript-eslint/require-await': 'off',
      // The Bot Framework types `activity.type` as a string and offers the ActivityTypes enum to compare it with.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@stylistic/semi': ['error', 'always'],
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      '@stylistic/indent': ['error', 2, { SwitchCase: 1, ignoredNodes: ['TemplateLiteral *', 'CallExpression > ArrowFunctionExpression', 'ConditionalExpression'], flatTernaryExpressions: true, offsetTernaryExpressions: true }],
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/eol-last': 'error',
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/no-multiple-empty-lines': ['error', { max: 2, maxEOF: 0 }],
      '@stylistic/brace-style': ['error', '1tbs', { allowSingleLine: true }],

      '@stylistic/arrow-parens': ['error', 'always'],
      '@stylistic/max-len': ['error', { code: 200, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreComments: false }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
      'import-x/no-self-import': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only adapters/config.ts (and CLIs through it) read the environment.' }],
    },
  },
  {
    // The one place that interprets the service's environment; the process entry points that hand it over; the
    // command-line tools' own variables; scripts and tests that set it up.
    files: ['adapters/config.ts', 'adapters/main.ts', 'adapters/teams/package-cli.ts', 'adapters/cli/**', 'knowledge/cli/**', 'scripts/**', 'test/**', 'eslint.config.js', 'vitest.config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    rules: {
      // Tests reach into results freely; the code under test is held to the full rules.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
