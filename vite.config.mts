import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is a plain static build: the Electron door serves it from
// app://passcode-desk/, the browser host from 127.0.0.1. Relative asset paths
// keep both working.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The device-page worker (renderer/store/device-page-worker.ts) is an ES module like the page.
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    // Readable function names in CPU profiles of the window (docs/benchmarks.md); never for a shipped build.
    minify: process.env.PASSCODE_DESK_PROFILE_BUILD === '1' ? false : 'esbuild',
    target: 'chrome120',
  },
});
