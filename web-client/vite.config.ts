/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The built SPA is served by the Api from its wwwroot. Asset URLs are relative ('./') and
// resolved against the <base> tag in index.html, so the same build works at '/' and under a
// path prefix (e.g. Home Assistant ingress) once the Api rewrites <base href="/"> for the prefix.
const apiTarget = process.env.PRINTERNIZER_API_URL ?? 'http://localhost:5080';

export default defineConfig({
  base: './',
  plugins: [vue()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  build: {
    outDir: '../src/Printernizer.Api/wwwroot',
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: apiTarget,
        changeOrigin: false,
      },
      '/swagger': {
        target: apiTarget,
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
    // Generous: the machine running the suite may be busy; no test waits on time.
    testTimeout: 20_000,
  },
});
