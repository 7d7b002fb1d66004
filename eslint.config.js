// Lint, including the dependency rule of DESIGN.md: app → features → store → domain,
// features → ui, workers → domain; domain never imports upward or any UI library.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { dirname, relative, resolve } from 'node:path';

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

/**
 * Features do not import each other, and content/ reads only domain/ and content/ (DESIGN.md):
 * a shared need moves down to ui/, store/ or domain/, and the app puts features together.
 * Resolves each relative import, so a feature's own sub-folder named like another feature
 * (playback/compare) is still its own.
 */
const root = dirname(new URL(import.meta.url).pathname);
const featureOf = (path) => /^src\/features\/([^/]+)\//.exec(path)?.[1];
const importSources = (context, check) => {
  const visit = (node) => {
    const source = node.source;
    if (source?.type === 'Literal' && typeof source.value === 'string') check(node, source.value);
  };
  return {
    ImportDeclaration: visit,
    ImportExpression: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
  };
};
const resolved = (context, spec) =>
  relative(root, resolve(dirname(context.filename), spec))
    .split('\\')
    .join('/');
const layering = {
  rules: {
    'features-apart': {
      meta: { type: 'problem', schema: [] },
      create: (context) => {
        const own = featureOf(relative(root, context.filename).split('\\').join('/'));
        return importSources(context, (node, spec) => {
          if (!own || !spec.startsWith('.')) return;
          const other = featureOf(resolved(context, spec));
          if (other && other !== own)
            context.report({
              node,
              message: `features/${own} imports features/${other}: features do not import each other; move the shared part down to ui/, store/ or domain/, or let the app put them together.`,
            });
        });
      },
    },
    'content-reads-domain': {
      meta: { type: 'problem', schema: [] },
      create: (context) =>
        importSources(context, (node, spec) => {
          if (!spec.startsWith('.')) return;
          const target = resolved(context, spec);
          if (!/^(src\/domain|content)\//.test(target))
            context.report({
              node,
              message: `content/ may import only src/domain/ and content/ (not ${target}).`,
            });
        }),
    },
  },
};

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
  {
    files: ['src/features/**/*.{ts,tsx}'],
    plugins: { layering },
    rules: { 'layering/features-apart': 'error' },
  },
  {
    files: ['content/**/*.ts'],
    ignores: ['content/**/*.test.ts'],
    plugins: { layering },
    rules: { 'layering/content-reads-domain': 'error' },
  },
);
