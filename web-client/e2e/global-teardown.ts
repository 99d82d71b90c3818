import { env, stopApi } from './support/apiServer';

/** Stops the Api started by globalSetup and deletes its data folder. */
export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env[env.pid]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  await stopApi(pid, process.env[env.dataDir]);
}
