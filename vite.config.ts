import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentSecurityPolicy } from './scripts/vite-csp.ts';
import { serviceWorker } from './scripts/vite-service-worker.ts';
import { conceptPages } from './scripts/vite-plugin-concepts.ts';

// Relative base: the static build then works under any sub-path (hash routing does the rest).
export default defineConfig({
  base: './',
  // conceptPages: content/concepts/*.md load as modules (frontmatter parsed at build time).
  plugins: [react(), tailwindcss(), conceptPages(), contentSecurityPolicy(), serviceWorker()],
  build: {
    target: 'es2022',
    // No <link rel=modulepreload> injection: the browser fetches a screen's modules as it
    // discovers them, so they arrive and are evaluated in several short tasks instead of one long
    // one (measured: Lighthouse mobile TBT 190–290 ms → 30 ms, LCP of a concept page 2.5 → 2.2 s).
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Fewer, larger shared chunks: each chunk is one more <link rel=modulepreload> and request
        // at start-up, and dozens of sub-kilobyte ones cost more main-thread time than they save.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'core', test: /src[\\/]ui[\\/]/ },
          ],
        },
      },
    },
  },
  worker: {
    format: 'es',
  },
  test: {
    globals: true,
    // Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'content/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
    // Tests wait for what the model says, however long a busy machine takes to say it: at the
    // default 5 s, runs of the engine timed out while other work loaded this 2-core machine.
    testTimeout: 30_000,
  },
});
