import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

const EARLY_PARSE_ENTRY = 'src/data/startEarlyParse.ts';

/**
 * Runs src/data/startEarlyParse.ts as a script of its own, before the app's: a large data file then goes to the
 * worker while the app's script still downloads. (A script tag in index.html would be bundled into the app's entry
 * and start no sooner than the app.)
 */
function earlyParseEntry(): Plugin {
  return {
    name: 'dateline-early-parse-entry',
    config: (config, { command }) => (command === 'build'
      ? { build: { rollupOptions: { input: { index: 'index.html', earlyParse: EARLY_PARSE_ENTRY, ...(config.build?.rollupOptions?.input as object | undefined) } } } }
      : undefined),
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = bundle && Object.values(bundle).find((output) => output.type === 'chunk' && output.isEntry && output.name === 'earlyParse');
        const src = bundle ? (chunk ? `/${chunk.fileName}` : null) : `/${EARLY_PARSE_ENTRY}`;
        return src ? [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src }, injectTo: 'head-prepend' }] : [];
      },
    },
  };
}

// The data file is served from data/ at run time (fetched through react-query, never bundled).
export default defineConfig({
  plugins: [react(), earlyParseEntry()],
  publicDir: 'data',
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
  },
});
