// Starts and stops the real Printernizer Api for the end-to-end tests.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, closeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const webClientDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repoRoot = resolve(webClientDir, '..');
export const resultsDir = join(webClientDir, 'test-results');
export const apiLogPath = join(resultsDir, 'e2e-api.log');

/** Environment variables the harness sets for the test workers. */
export const env = {
  baseUrl: 'PRINTERNIZER_E2E_BASE_URL',
  pid: 'PRINTERNIZER_E2E_API_PID',
  dataDir: 'PRINTERNIZER_E2E_DATA_DIR',
} as const;

/** The Api assembly: PRINTERNIZER_API_DLL, else the Release (or PRINTERNIZER_API_CONFIGURATION) build output of this checkout. */
export function apiDllPath(): string {
  const configured = process.env.PRINTERNIZER_API_DLL;
  if (configured) return resolve(configured);
  const configuration = process.env.PRINTERNIZER_API_CONFIGURATION ?? 'Release';
  return join(repoRoot, 'src', 'Printernizer.Api', 'bin', configuration, 'net10.0', 'Printernizer.Api.dll');
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function logTail(lines = 40, path = apiLogPath): string {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export interface StartedApi {
  baseUrl: string;
  pid: number;
  dataDir: string;
}

export interface StartApiOptions {
  /** Extra environment variables (e.g. `Printernizer__Simulation__AutoStartJobs`) for a spec that starts its own Api. */
  env?: Record<string, string>;
  /** Where the Api's output goes (default e2e-api.log; a second Api must not share it). */
  logPath?: string;
}

/** Starts `dotnet <dll> --data <temp> --urls http://127.0.0.1:<free port>` and waits until GET /api/v1/health answers. */
export async function startApi(timeoutMs = 120_000, options: StartApiOptions = {}): Promise<StartedApi> {
  const logPath = options.logPath ?? apiLogPath;
  const dll = apiDllPath();
  if (!existsSync(dll)) {
    throw new Error(
      `The Api is not built: ${dll} does not exist. Build it first ("dotnet build src/Printernizer.Api -c Release" ` +
        'after "npm run build" in web-client/), or point PRINTERNIZER_API_DLL at a built Printernizer.Api.dll.',
    );
  }
  const spaIndex = join(repoRoot, 'src', 'Printernizer.Api', 'wwwroot', 'index.html');
  if (!existsSync(spaIndex) && !existsSync(join(dirname(dll), 'wwwroot', 'index.html'))) {
    throw new Error(`The SPA is not built (${spaIndex} is missing): run "npm run build" in web-client/ first.`);
  }

  mkdirSync(resultsDir, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'printernizer-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = openSync(logPath, 'w');

  const child = spawn(process.env.DOTNET_HOST_PATH ?? 'dotnet', [dll, '--data', dataDir, '--urls', baseUrl], {
    cwd: dirname(dll),
    env: {
      ...process.env,
      DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      DOTNET_NOLOGO: '1',
      ASPNETCORE_ENVIRONMENT: process.env.ASPNETCORE_ENVIRONMENT ?? 'Production',
      // Simulated printers run 60x faster so a test sees a print cycle within seconds.
      Printernizer__Simulation__Speed: process.env.Printernizer__Simulation__Speed ?? '60',
      ...options.env,
    },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  if (!child.pid) throw new Error('Could not start "dotnet" (is the .NET runtime installed?).');
  const pid = child.pid;

  let exitCode: number | null = null;
  child.on('exit', (code, signal) => {
    exitCode = code ?? (signal ? 128 : 1);
  });
  // If the runner dies before globalTeardown, do not leave the Api behind.
  process.on('exit', () => {
    if (exitCode === null) child.kill('SIGKILL');
  });

  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (exitCode !== null) {
      await rm(dataDir, { recursive: true, force: true });
      throw new Error(`The Api exited with code ${exitCode} during start-up. Log (${logPath}):\n${logTail(40, logPath)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return { baseUrl, pid, dataDir };
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  await stopApi(pid, dataDir);
  throw new Error(`The Api did not become healthy within ${timeoutMs / 1000} s (${lastError}). Log (${logPath}):\n${logTail(40, logPath)}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM (graceful), SIGKILL after 15 s, then deletes the data folder. */
export async function stopApi(pid: number, dataDir: string | undefined): Promise<void> {
  if (isRunning(pid)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 15_000;
    while (isRunning(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  }
  if (dataDir) {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await rm(dataDir, { recursive: true, force: true });
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }
}
