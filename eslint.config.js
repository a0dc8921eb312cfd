import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import i18next from 'eslint-plugin-i18next'
import tseslint from 'typescript-eslint'

// the domain layer must run in the CLI and in a worker: no UI, state or browser libraries in it
const coreBans = {
  paths: [
    { name: 'react', message: 'src/core is pure TypeScript: no React.' },
    { name: 'react-dom', message: 'src/core is pure TypeScript: no React.' },
    { name: 'zustand', message: 'src/core is pure TypeScript: state lives in src/state.' },
    { name: 'monaco-editor', message: 'src/core is pure TypeScript: Monaco lives in src/ui.' },
    {
      name: '@monaco-editor/react',
      message: 'src/core is pure TypeScript: Monaco lives in src/ui.',
    },
  ],
  patterns: [
    {
      group: ['react/*', 'react-dom/*', 'zustand/*', 'monaco-editor/*'],
      message: 'src/core is pure.',
    },
    {
      group: ['**/ui/**', '**/state/**', '**/cli/**'],
      message: 'src/core must not import outer layers.',
    },
  ],
}

// the outer layers lean inwards only: state on core, ui on state and core, cli on core
const wall = (layer, banned, libs = []) => ({
  paths: libs.map((name) => ({ name, message: `${layer} must not use ${name}.` })),
  patterns: [
    {
      group: banned.map((l) => `**/${l}/**`),
      message: `${layer} must not import ${banned.join(', ')}.`,
    },
  ],
})

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-cli',
      'dist-cli.*',
      'node_modules',
      'test-results',
      'playwright-report',
      'scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  // the bin is a CommonJS script: Node starts one sooner than an ES module
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/state/**/*.ts', 'src/main.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', coreBans],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/core runs without a DOM.' },
        { name: 'document', message: 'src/core runs without a DOM.' },
        { name: 'localStorage', message: 'src/core runs without a DOM.' },
        { name: 'navigator', message: 'src/core runs without a DOM.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...coreBans,
          paths: [
            ...coreBans.paths,
            { name: 'node:fs', message: 'src/core does no I/O.' },
            { name: 'fs', message: 'src/core does no I/O.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        wall('src/state', ['ui', 'cli'], ['react-dom', 'monaco-editor', '@monaco-editor/react']),
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', wall('src/ui', ['cli'])] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        wall('src/cli', ['ui', 'state'], ['react', 'react-dom', 'zustand', 'monaco-editor']),
      ],
    },
  },
  {
    files: ['src/ui/**/*.tsx'],
    // every visible text comes from the catalogue (src/i18n)
    ignores: ['src/ui/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: ['aria-label', 'aria-description', 'title', 'placeholder', 'label', 'alt'],
          },
        },
      ],
    },
  },
)
