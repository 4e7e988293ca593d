import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real executable, as `npx salesbot test` runs it.
const BIN = fileURLToPath(new URL('../../bin/salesbot.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

function salesbot(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'salesbot-test-'));
  cpSync(join(ROOT, 'flows'), dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('salesbot test', { timeout: 60_000 }, () => {
  it('runs flows/*.script.json by default: ✓ per conversation, exit 0', async () => {
    const result = await salesbot(['test']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✓ flows\/lead-qualification\.script\.json › /m);
    expect(result.stdout).toMatch(/^✔ \d+ conversations passed \(\d+ scripts\)\.$/m);
    expect(result.stdout).not.toMatch(/^✗/m);
  });

  it('shows the first difference of a failing conversation and exits 1', async () => {
    const file = join(dir, 'lead-qualification.script.json');
    const script = JSON.parse(readFileSync(file, 'utf8'));
    const firstBot = script.conversations[0].steps.find((step: { bot?: unknown }) => step.bot);
    const entry = firstBot.bot[0];
    const message = entry.message ?? entry;
    const actual = JSON.stringify(message.interactive.body.text);
    message.interactive.body.text = 'Something else';
    writeFileSync(file, JSON.stringify(script));
    const result = await salesbot(['test', 'lead-qualification.script.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ lead-qualification.script.json › ');
    expect(result.stdout).toContain('    at bot[0].interactive.body.text\n');
    expect(result.stdout).toContain('      expected: "Something else"\n');
    expect(result.stdout).toContain(`      actual:   ${actual}\n`);
    expect(result.stdout).toMatch(/^✖ 1 of \d+ conversations failed \(1 script\)\.$/m);
  });

  it('fails a script with no conversations: ✗ and a ✖ summary, exit 1', async () => {
    writeFileSync(join(dir, 'empty.script.json'), JSON.stringify({ flow: 'order-update.json', conversations: [] }));
    const result = await salesbot(['test', 'empty.script.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ empty.script.json: no conversations\n');
    expect(result.stdout).toMatch(/^✖ 1 of 1 script failed \(0 conversations passed\)\.$/m);
    expect(result.stdout).not.toMatch(/^✔/m);
  });

  it('--json prints the results; no scripts is a usage error', async () => {
    const json = await salesbot(['test', '--json', join(ROOT, 'flows', 'order-update.script.json')]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject([{ flow: 'order-update.json', ok: true }]);
    const none = await salesbot(['test', 'apps'], ROOT);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no conversation scripts');
  });
});
