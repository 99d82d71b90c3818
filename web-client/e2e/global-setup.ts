import { env, startApi } from './support/apiServer';

/**
 * Starts the real Api on a free loopback port with an empty temporary data folder, unless
 * PRINTERNIZER_E2E_BASE_URL already points at a running (fresh) instance. Workers inherit the
 * environment variables set here.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[env.baseUrl]) return;
  // As the Home Assistant add-on does: trust X-Ingress-Path, so ingress.spec.ts can check the Api's own prefix handling.
  process.env.Printernizer__TrustIngressHeader ??= 'true';
  const api = await startApi();
  process.env[env.baseUrl] = api.baseUrl;
  process.env[env.pid] = String(api.pid);
  process.env[env.dataDir] = api.dataDir;
  console.log(`Printernizer Api for e2e: ${api.baseUrl} (data ${api.dataDir})`);
}
