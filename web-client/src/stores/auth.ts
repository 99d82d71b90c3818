import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { authApi, type Credentials } from '@/api/auth';
import { isApiError } from '@/api/http';

export interface SignedInUser {
  username: string;
}

export const useAuthStore = defineStore('auth', () => {
  const user = ref<SignedInUser | null>(null);
  const setupRequired = ref<boolean | null>(null);
  const initialized = ref(false);
  let pendingInit: Promise<void> | null = null;

  const isAuthenticated = computed(() => user.value !== null);

  async function loadCurrentUser(): Promise<void> {
    try {
      const me = await authApi.me();
      user.value = { username: me.username };
    } catch (error) {
      if (isApiError(error) && error.status === 401) user.value = null;
      else throw error;
    }
  }

  /** Reads setup state and the current session once (the router guard awaits it). */
  function initialize(): Promise<void> {
    if (initialized.value) return Promise.resolve();
    pendingInit ??= (async () => {
      try {
        const status = await authApi.status();
        setupRequired.value = status.setupRequired;
        if (!status.setupRequired) await loadCurrentUser();
        initialized.value = true;
      } finally {
        pendingInit = null;
      }
    })();
    return pendingInit;
  }

  /** Creates the first admin; the Api signs it in right away (a login only if that session did not stick). */
  async function setup(credentials: Credentials): Promise<void> {
    await authApi.setup(credentials);
    setupRequired.value = false;
    await loadCurrentUser();
    if (!user.value) await login(credentials);
  }

  async function login(credentials: Credentials): Promise<void> {
    const admin = await authApi.login(credentials);
    user.value = { username: admin?.username || credentials.username || '' };
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout();
    } finally {
      user.value = null;
    }
  }

  /** The session ended on the server (a call returned 401). */
  function sessionExpired(): void {
    user.value = null;
  }

  return { user, setupRequired, initialized, isAuthenticated, initialize, setup, login, logout, sessionExpired, loadCurrentUser };
});
