import { createRouter, createWebHistory, type RouteLocationRaw, type RouteRecordRaw, type Router } from 'vue-router';
import { appBasePath } from '@/api/base';
import { useAuthStore } from '@/stores/auth';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Rendered without the app frame (top bar, navigation). */
    bare?: boolean;
    title?: string;
    description?: string;
  }
}

const ComingSoon = () => import('@/features/placeholder/ComingSoonView.vue');

export const routes: RouteRecordRaw[] = [
  { path: '/setup', name: 'setup', component: () => import('@/features/auth/SetupView.vue'), meta: { public: true, bare: true, title: 'Setup' } },
  { path: '/login', name: 'login', component: () => import('@/features/auth/LoginView.vue'), meta: { public: true, bare: true, title: 'Sign in' } },
  {
    path: '/unavailable',
    name: 'unavailable',
    component: () => import('@/features/auth/UnavailableView.vue'),
    meta: { public: true, bare: true, title: 'Not reachable' },
  },
  { path: '/', name: 'dashboard', component: () => import('@/features/dashboard/DashboardView.vue'), meta: { title: 'Dashboard' } },
  { path: '/jobs', name: 'jobs', component: () => import('@/features/jobs/JobsView.vue'), meta: { title: 'Jobs' } },
  { path: '/jobs/:id', name: 'job', component: () => import('@/features/jobs/JobDetailView.vue'), props: true, meta: { title: 'Job' } },
  { path: '/jobs/:id/cost', name: 'job-cost', component: () => import('@/features/jobs/JobCostView.vue'), meta: { title: 'Job cost' } },
  { path: '/files', name: 'files', component: () => import('@/features/files/FilesView.vue'), meta: { title: 'Files' } },
  { path: '/queue', name: 'queue', component: () => import('@/features/queue/QueueView.vue'), meta: { title: 'Queue' } },
  { path: '/materials', name: 'materials', component: () => import('@/features/materials/MaterialsView.vue'), meta: { title: 'Materials' } },
  { path: '/orders', name: 'orders', component: () => import('@/features/orders/OrdersView.vue'), meta: { title: 'Orders' } },
  { path: '/orders/:id', name: 'order', component: () => import('@/features/orders/OrderDetailView.vue'), props: true, meta: { title: 'Order' } },
  { path: '/customers', name: 'customers', component: () => import('@/features/customers/CustomersView.vue'), meta: { title: 'Customers' } },
  { path: '/analytics', name: 'analytics', component: () => import('@/features/analytics/AnalyticsView.vue'), meta: { title: 'Analytics' } },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('@/features/settings/SettingsView.vue'),
    redirect: { name: 'settings-printers' },
    meta: { title: 'Settings' },
    children: [
      { path: 'printers', name: 'settings-printers', component: () => import('@/features/printers/PrintersSettingsView.vue'), meta: { title: 'Printers' } },
      { path: 'costs', name: 'settings-costs', component: () => import('@/features/costs/CostSettingsView.vue'), meta: { title: 'Cost settings' } },
      {
        path: 'home-assistant',
        name: 'settings-home-assistant',
        component: () => import('@/features/homeAssistant/HomeAssistantSettingsView.vue'),
        meta: { title: 'Home Assistant' },
      },
      { path: 'api-keys', name: 'settings-api-keys', component: () => import('@/features/apiKeys/ApiKeysSettingsView.vue'), meta: { title: 'API keys' } },
    ],
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/features/placeholder/NotFoundView.vue'), meta: { title: 'Not found' } },
];

/** Where a navigation to `to` must go instead (or true to allow it). */
export async function authGuard(to: { name?: unknown; fullPath: string; meta: { public?: boolean } }): Promise<true | RouteLocationRaw> {
  const auth = useAuthStore();
  if (to.name === 'unavailable') return true;
  try {
    await auth.initialize();
  } catch {
    return { name: 'unavailable', query: { redirect: to.fullPath } };
  }

  if (auth.setupRequired) return to.name === 'setup' ? true : { name: 'setup' };
  if (to.name === 'setup') return auth.isAuthenticated ? { name: 'dashboard' } : { name: 'login' };
  if (to.name === 'login' && auth.isAuthenticated) return { name: 'dashboard' };
  if (to.meta.public) return true;
  if (!auth.isAuthenticated) {
    return to.fullPath === '/' ? { name: 'login' } : { name: 'login', query: { redirect: to.fullPath } };
  }
  return true;
}

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(appBasePath()),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  });
  router.beforeEach((to) => authGuard(to));
  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} · Printernizer` : 'Printernizer';
  });
  return router;
}
