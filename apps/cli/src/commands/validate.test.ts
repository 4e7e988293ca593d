import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// These tests run the real executable, as `npx salesbot` does: node + bin/salesbot.js.
const BIN = fileURLToPath(new URL('../../bin/salesbot.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const FLOWS = join(ROOT, 'flows');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function salesbot(args: string[], cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

// biome-ignore lint/suspicious/noExplicitAny: flow documents are edited as plain JSON here
type Json = any;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'salesbot-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A copy of the example flows in a fresh directory, with `file` changed by `change`; returns its path. */
function breakExample(file: string, change: (flow: Json) => void): string {
  const target = mkdtempSync(join(dir, 'flows-'));
  cpSync(FLOWS, target, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  const flow = JSON.parse(readFileSync(join(FLOWS, file), 'utf8'));
  change(flow);
  writeFileSync(join(target, file), JSON.stringify(flow, null, 2));
  return join(target, file);
}

const findNode = (flow: Json, test: (node: Json) => boolean): Json => {
  const node = flow.nodes.find(test);
  if (!node) throw new Error('the example flow no longer has the step this test breaks');
  return node;
};

const rowCount = (node: Json) => node.data.sections.reduce((n: number, s: Json) => n + s.rows.length, 0);

// Each run starts node and tsx: allow for a busy machine.
describe('salesbot validate', { timeout: 60_000 }, () => {
  it('passes every example flow (scripts skipped): exit 0, no errors', async () => {
    const files = readdirSync(FLOWS)
      .filter((file) => file.endsWith('.json'))
      .map((file) => join('flows', file));
    const [text, json] = await Promise.all([
      salesbot(['validate', ...files]),
      salesbot(['validate', '--json', 'flows']),
    ]);
    expect(text.stdout).toMatch(/^✔ \d+ flows valid/m);
    expect(text.code).toBe(0);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).filter((d: Json) => d.severity === 'error')).toEqual([]);
  });

  const breaks: [string, string, (flow: Json) => string, RegExp][] = [
    [
      'a 21-character button title',
      'lead-qualification.json',
      (flow) => {
        const node = findNode(flow, (n) => n.type === 'buttons');
        node.data.buttons[0].title = 'Schedule a demo today';
        return `${node.id} › buttons.0.title: Button title “Schedule a demo today” is 21 characters; WhatsApp allows 20.`;
      },
      /\(error limit\.tooLong\)/,
    ],
    [
      'a fourth reply button',
      'lead-qualification.json',
      (flow) => {
        const node = findNode(flow, (n) => n.type === 'buttons' && n.data.buttons.length === 3);
        node.data.buttons.push({ id: 'fourth', title: 'Fourth' });
        flow.edges.push({ id: 'e-fourth', source: node.id, sourceHandle: 'fourth', target: flow.nodes.at(-1).id });
        return `${node.id} › buttons: There are 4 reply buttons; WhatsApp allows at most 3.`;
      },
      /\(error limit\.tooMany\)/,
    ],
    [
      'an eleventh list row',
      'appointment-booking.json',
      (flow) => {
        const node = findNode(flow, (n) => n.type === 'list');
        for (let i = rowCount(node); i < 11; i++) {
          node.data.sections[0].rows.push({ id: `extra_${i}`, title: `Extra ${i}` });
          flow.edges.push({
            id: `e-extra-${i}`,
            source: node.id,
            sourceHandle: `extra_${i}`,
            target: flow.nodes.at(-1).id,
          });
        }
        return `${node.id} › sections: There are 11 rows in total; WhatsApp allows at most 10.`;
      },
      /\(error limit\.tooMany\)/,
    ],
    [
      'a utility-category carousel',
      're-engagement.json',
      (flow) => {
        const node = findNode(flow, (n) => n.type === 'carousel');
        node.data.category = 'utility';
        return `${node.id} › category: A carousel must be a marketing template; this one is utility.`;
      },
      /\(error policy\.carouselNotMarketing\)/,
    ],
    [
      'an authentication template',
      'order-update.json',
      (flow) => {
        const node = findNode(flow, (n) => n.type === 'template');
        node.data.category = 'authentication';
        return `${node.id} › category: Salesbot cannot send authentication (one-time code) templates.`;
      },
      /\(error policy\.authenticationTemplate\)/,
    ],
    [
      'an edge to a missing node',
      'support-triage.json',
      (flow) => {
        const edge = flow.edges[0];
        edge.target = 'no_such_step';
        return `${edge.source} › edge ${edge.id} › target: The connection from`;
      },
      /leads to step “no_such_step”, which does not exist\. \(error edge\.targetMissing\)/,
    ],
    [
      'a text step after a 25-hour delay with no window fallback',
      'lead-qualification.json',
      (flow) => {
        const trigger = flow.triggers[0];
        flow.nodes.push(
          { id: 'wait_25h', type: 'delay', data: { duration: { amount: 25, unit: 'hours' } } },
          { id: 'late_text', type: 'text', label: 'Late hello', data: { body: 'Still there?' } },
        );
        flow.edges.push(
          { id: 'e-wait', source: 'wait_25h', target: 'late_text' },
          { id: 'e-late', source: 'late_text', target: trigger.nodeId },
        );
        trigger.nodeId = 'wait_25h';
        return 'late_text: “Late hello” sends a free-form message, but it can be reached when the 24-hour window has closed after the wait at step “wait_25h”.';
      },
      /\(error policy\.windowMayBeClosed\)\n {4}hint: Connect “Window closed” to an approved template\./,
    ],
  ];

  it.each(breaks)('exits 1 on %s, naming the step and the field', async (_, file, change, tail) => {
    let expected = '';
    const path = breakExample(file, (flow) => {
      expected = change(flow);
    });
    const result = await salesbot(['validate', path]);
    expect(result.code).toBe(1);
    const line = result.stdout.split('\n').find((l) => l.startsWith(`${path} › `) && l.includes(expected));
    expect(line, result.stdout).toBeDefined();
    expect(result.stdout.slice(result.stdout.indexOf(line!))).toMatch(tail);
    expect(result.stdout).toMatch(/^✖ \d+ errors? .*in 1 of 1 flow\.$/m);
  });

  it('prints --json as an array of {file, code, severity, message, nodeId, edgeId, path}', async () => {
    const path = breakExample('lead-qualification.json', (flow) => {
      flow.edges[0].target = 'ghost';
    });
    const result = await salesbot(['validate', '--json', path]);
    expect(result.code).toBe(1);
    const edge = JSON.parse(readFileSync(path, 'utf8')).edges[0];
    expect(JSON.parse(result.stdout)).toContainEqual({
      file: path,
      code: 'edge.targetMissing',
      severity: 'error',
      message: expect.stringContaining('“ghost”'),
      nodeId: edge.source,
      edgeId: edge.id,
      path: 'target',
      hint: expect.any(String),
    });
  });

  it('exits 0 with warnings only, and --quiet hides them', async () => {
    const path = breakExample('lead-qualification.json', (flow) => {
      flow.nodes.push({ id: 'orphan', type: 'end', data: {} });
    });
    const result = await salesbot(['validate', path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `${path} › orphan: Step “orphan” can never run: no trigger leads to it. (warning node.unreachable)`,
    );
    expect(result.stdout).toMatch(/^✔ 1 flow valid, 1 warning\.$/m);
    const quiet = await salesbot(['validate', '-q', path]);
    expect(quiet.stdout).not.toContain('orphan');
  });

  it('checks goToFlow targets against the flows in the same directory', async () => {
    const path = breakExample('event-registration.json', (flow) => {
      findNode(flow, (n) => n.type === 'goToFlow').data.flowId = 'appointment-bookin';
    });
    const result = await salesbot(['validate', path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /› flowId: “Go to flow” names the flow “appointment-bookin”, which does not exist\. \(error flow\.unknownTarget\)\n {4}hint: Did you mean “appointment-booking”\?/,
    );
  });

  it('reports files that cannot be read or parsed', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "schemaVersion": 1,');
    const result = await salesbot(['validate', broken, join(dir, 'missing.json')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/broken\.json: The file is not valid JSON: .* \(error file\.invalidJson\)/);
    expect(result.stdout).toMatch(
      /missing\.json: Cannot read the file: the file does not exist\. \(error file\.unreadable\)/,
    );
  });

  it('uses --contact-fields and --templates', async () => {
    const templates = join(dir, 'templates.json');
    writeFileSync(
      templates,
      JSON.stringify([{ name: 'order_shipped', language: 'en_US', category: 'UTILITY', status: 'PAUSED' }]),
    );
    const result = await salesbot([
      'validate',
      '--templates',
      templates,
      '--contact-fields',
      'plan',
      'flows/order-update.json',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('is paused, not approved; it cannot be sent. (error template.notApproved)');
    expect(result.stdout).toContain('(error template.unknown)');
  });

  it('explains its usage', async () => {
    const [help, main, none, unknownOption, unknownCommand] = await Promise.all([
      salesbot(['validate', '--help']),
      salesbot(['--help']),
      salesbot(['validate']),
      salesbot(['validate', '--strict', 'flows']),
      salesbot(['deploy']),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: salesbot validate [options] <files or directories...>');
    expect(help.stdout).toContain('file › step › field: message (severity code)');
    expect(main.stdout).toMatch(/Commands:\n {2}validate {3}check flow files/);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no flow files given');
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("Unknown option '--strict'");
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toContain('unknown command “deploy”');
  });
});
