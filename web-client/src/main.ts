import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { onUnauthorized } from './api/http';
import { createAppRouter } from './router';
import { useAuthStore } from './stores/auth';
import './styles/main.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);
const router = createAppRouter();
app.use(router);

// Any 401 from a data call means the session ended: go to the login page and come back afterwards.
onUnauthorized(() => {
  const auth = useAuthStore(pinia);
  auth.sessionExpired();
  const current = router.currentRoute.value;
  if (!current.meta.public) {
    void router.replace({ name: 'login', query: { redirect: current.fullPath, expired: '1' } });
  }
});

app.mount('#app');
