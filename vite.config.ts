import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The data file is served from data/ at run time (fetched through react-query, never bundled).
export default defineConfig({
  plugins: [react()],
  publicDir: 'data',
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
  },
});
