import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

// Main and preload run in Electron; the renderer is the same bundle Electron loads and web mode serves.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve('electron/shell/main.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file with its dependencies bundled in.
      lib: { entry: resolve('electron/shell/preload.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: 'preload.cjs' } },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve('renderer'),
    publicDir: resolve('renderer/public'),
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      // One ~530 kB bundle (React, zod, the UI) loaded from disk or loopback: splitting buys nothing yet.
      chunkSizeWarningLimit: 700,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
