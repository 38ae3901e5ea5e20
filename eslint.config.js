// Lint rules, including the layering of ../shared/design/architecture.md: a wrong import fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'http', 'https', 'net'];
const UI_LIBS = ['react', 'react-dom', 'react-dom/*', 'react/*', '@xyflow/*', 'zustand', 'zustand/*', 'zundo', 'dexie', 'dexie-*'];

const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'shared/catalog/referenceData.ts', 'docs/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: layer(
      [...NODE_BUILTINS, ...UI_LIBS, 'electron', 'electron/*', '**/renderer/**', '**/electron/**', '**/cli/**', '**/test/**', 'vitest'],
      'shared/ is the pure core: no Node, DOM, Electron or UI libraries, and nothing from renderer/, electron/, cli/ or test/.',
    ),
  },
  {
    files: ['shared/**/*.test.ts'],
    rules: layer(
      [...UI_LIBS, 'electron', '**/renderer/**', '**/electron/**', '**/cli/**'],
      'tests of shared/ exercise shared/ alone.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(
        [...NODE_BUILTINS, 'electron', 'electron/*', '**/electron/**', '**/cli/**'],
        'the renderer reaches the OS only through its platform API: no Node, no Electron.',
      ),
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer(['**/renderer/**', '**/cli/**', ...UI_LIBS], 'the main process may use shared/ and Node, never the renderer.'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: layer(
      [...NODE_BUILTINS, '**/renderer/**', '**/cli/**', '**/electron/main/**', ...UI_LIBS],
      'the preload bundles electron and the IPC contract only.',
    ),
  },
  {
    files: ['cli/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer(['**/renderer/**', '**/electron/**', ...UI_LIBS, 'electron'], 'the CLI uses shared/ and Node only.'),
  },
  {
    // Tests poke at raw, untyped JSON on purpose.
    files: ['**/*.test.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'bench/**/*.{js,mjs,ts}', '*.config.{js,ts}', '*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
