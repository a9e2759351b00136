import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({
  root: '/work/main/src/renderer/preview/__scratch__',
  publicDir: '/work/main/resources',
  plugins: [react()],
  server: { port: 5199, strictPort: true, host: '127.0.0.1', fs: { allow: ['/work/main'] } },
  logLevel: 'warn',
});
