import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:4000',
      '/openapi.json': 'http://127.0.0.1:4000',
      '/docs': 'http://127.0.0.1:4000',
    },
  },
});
