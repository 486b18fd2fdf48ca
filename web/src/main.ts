import { createApp } from 'vue';
import { provideGlobalConfig } from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
// Components come with their own styles (imported per page by vite.config.ts); these two are called from scripts.
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import './styles.css';
import App from './App.vue';
import { router } from './router';
import { setUnauthorizedHandler } from './lib/api';
import { logout } from './lib/session';

setUnauthorizedHandler(() => {
  logout();
  router.push({ path: '/login', query: { expired: '1' } });
});

const app = createApp(App);
// Element Plus is imported per component (a resident's page loads only what it shows), so its
// Chinese texts are set app-wide here; `true` also covers ElMessageBox, mounted outside the app.
provideGlobalConfig({ locale: zhCn }, app, true);
app.use(router).mount('#app');
