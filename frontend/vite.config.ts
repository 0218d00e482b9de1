import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The NestJS backend serves dist/ at `/` and the API under `/api` on the same origin;
// in development Vite proxies /api to it so the browser never needs CORS.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: a separate chunk stays cached across releases.
        codeSplitting: {
          groups: [
            { name: 'charts', test: /node_modules[\\/](chart\.js|react-chartjs-2|@kurkle)/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
