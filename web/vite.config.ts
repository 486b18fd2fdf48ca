import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import * as Icons from '@element-plus/icons-vue';
import { fileURLToPath } from 'node:url';

// `<Download />` in a template: the icon from @element-plus/icons-vue.
const iconResolver = (name: string) => (name in Icons ? { name, from: '@element-plus/icons-vue' } : undefined);

// The console is built into web/dist and served by the API process at `/` (server/http/web.ts).
// `npm run web:dev` proxies /api to a running service for hot reload.
// Element Plus components (and their CSS) are imported by the pages that use them, so a resident's
// voting page does not download the admin console's tables, dialogs and date pickers.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    vue(),
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' }), iconResolver], dts: false, dirs: [] }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true, // read by scripts/web-sizes.mjs
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (/node_modules\/(echarts|zrender)\//.test(id)) return 'echarts';
          if (/node_modules\/(@vue|vue|vue-router)\//.test(id)) return 'vue';
        },
      },
    },
  },
  server: { proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` } },
});
