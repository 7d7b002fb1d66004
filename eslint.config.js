// Lint, including the dependency rule of DESIGN.md: app → features → store → domain,
// features → ui, workers → domain; domain never imports upward or any UI library.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiLibraries = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'zundo',
  '@xyflow/react',
  'react-router',
  'react-markdown',
];
const noReactRouter = {
  name: 'react-router',
  message: 'Use the small hash router in src/ui/router.',
};
const layer = (dirs, message) => dirs.map((d) => ({ group: [`**/${d}/**`, `**/${d}`], message }));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { paths: [noReactRouter] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render text as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiLibraries
            .filter((p) => !p.includes('*'))
            .map((name) => ({ name, message: 'domain/ is framework-free.' })),
          patterns: [
            {
              group: uiLibraries.filter((p) => p.includes('*')),
              message: 'domain/ is framework-free.',
            },
            ...layer(
              ['store', 'features', 'ui', 'app', 'workers'],
              'domain/ never imports upward.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noReactRouter],
          patterns: layer(['store', 'features', 'ui', 'app'], 'workers/ may use domain/ only.'),
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noReactRouter],
          patterns: layer(['features', 'ui', 'app'], 'store/ may use domain/ only.'),
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: layer(
            ['features', 'app', 'store'],
            'ui/ is presentational: no features, app or store.',
          ),
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: layer(['app'], 'features/ never import the app shell.') },
      ],
    },
  },
);
