import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The editor is a static single-page app; the server serves `dist/` at `/` and answers `/api`.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  server: {
    // `vite` alone (npm run dev -w @salesbot/editor) talks to a server started on 8080.
    proxy: { '/api': 'http://localhost:8080', '/healthz': 'http://localhost:8080' },
  },
});
