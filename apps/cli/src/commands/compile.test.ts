import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The real executable, as `npx salesbot compile` runs it.
const BIN = fileURLToPath(new URL('../../bin/salesbot.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

function salesbot(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('salesbot compile', { timeout: 60_000 }, () => {
  it('prints the machine config as JSON: one state per step, actions and guards by name', async () => {
    const result = await salesbot(['compile', 'flows/lead-qualification.json']);
    expect(result.code).toBe(0);
    const config = JSON.parse(result.stdout);
    expect(config).toMatchObject({ id: 'flow', initial: '$idle' });
    expect(Object.keys(config.states)).toContain('welcome');
    expect(config.states.welcome.meta).toEqual({ nodeId: 'welcome', type: 'buttons' });
    expect(result.stdout).toContain('"type": "policy"');
  });

  it('prints the errors of a flow that does not compile and exits 1; no file is a usage error', async () => {
    const broken = await salesbot(['compile', 'package.json']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('package.json › nodes: ');
    expect(broken.stderr).toMatch(/does not compile: \d+ errors\./);
    const usage = await salesbot(['compile']);
    expect(usage.code).toBe(2);
  });
});
