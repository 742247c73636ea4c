import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real tools (EPUBCheck, Calibre, Chromium) are slow to start; two cores.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    // Packages in vendor/ are linked into node_modules, so Vite sees their real
    // path outside it and would transform them as our sources (pdf.js: 3 MB,
    // and source maps it no longer ships). Node loads them, as it loads node_modules.
    server: { deps: { external: [/\/vendor\//] } },
  },
});
