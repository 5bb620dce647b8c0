import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Port from the stack contract (ORDER_APP_PORT, default 3000). The GraphQL and auth URLs are
// VITE_* variables that Vite inlines; src/config.ts holds their defaults.
const port = Number(process.env['ORDER_APP_PORT'] ?? 3000);

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true, host: '127.0.0.1' },
  preview: { port, strictPort: true, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Framework code changes rarely; a separate chunk stays cached across app deploys.
        codeSplitting: {
          groups: [{ name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|@apollo|graphql|graphql-ws|rxjs)[\\/]/ }],
        },
      },
    },
  },
});
