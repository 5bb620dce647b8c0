import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { loadGeneratorPlugin } from './load-generator/vite-plugin.js';

// npm start passes --port/--strictPort/--host; these are the same for a bare `vite`.
const port = Number(process.env.ANALYTICS_APP_PORT || 3001);

export default defineConfig({
  plugins: [react(), loadGeneratorPlugin(process.env)],
  server: { port, strictPort: true, host: '127.0.0.1' },
  preview: { port, strictPort: true, host: '127.0.0.1' },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
