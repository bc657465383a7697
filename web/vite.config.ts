import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The browser app: root web/, built to web/dist, served by `npm start` and on AWS from S3. */
export default defineConfig({
  root: import.meta.dirname,
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The figures below are per chunk; the first screen stays small because screens are lazy.
    chunkSizeWarningLimit: 300,
  },
  server: {
    // `npm run dev:web` against `npm start` on port 3000.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
