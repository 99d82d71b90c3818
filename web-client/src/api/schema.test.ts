// @vitest-environment node
// Fails when src/api/schema.d.ts no longer matches src/api/openapi.json: run `npm run gen:api` and commit both.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('schema.d.ts', () => {
  it('is what openapi-typescript generates from openapi.json (else run "npm run gen:api")', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'printernizer-schema-'));
    try {
      const generated = join(dir, 'schema.d.ts');
      // Same tool and arguments as the gen:api script, written to a temp file.
      const cli = join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
      await run(process.execPath, [cli, './src/api/openapi.json', '-o', generated], { cwd: root });

      const expected = await readFile(generated, 'utf8');
      const committed = await readFile(join(root, 'src', 'api', 'schema.d.ts'), 'utf8');
      expect(committed.replace(/\r\n/g, '\n'), 'src/api/schema.d.ts is stale: run "npm run gen:api"').toBe(expected.replace(/\r\n/g, '\n'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
