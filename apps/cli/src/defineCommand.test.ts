import { describe, expect, it } from 'vitest';
import type { Io } from './command.ts';
import { defineCommand } from './defineCommand.ts';

function capture(): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd: '/',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

const echo = defineCommand({
  name: 'echo',
  summary: 'prints its words',
  help: 'Usage: salesbot echo [--loud] <words...>\n',
  options: { loud: { type: 'boolean', default: false } },
  run({ values, positionals }, { io, usage }) {
    if (positionals.length === 0) return usage('give some words.');
    if (positionals[0] === 'quiet') return usage('no help here.', false);
    const text = positionals.join(' ');
    io.stdout(`${values.loud ? text.toUpperCase() : text}\n`);
    return 0;
  },
});

describe('defineCommand', () => {
  it('runs the body with the parsed flags and positionals', async () => {
    const io = capture();
    expect(await echo.run(['--loud', 'hi', 'there'], io)).toBe(0);
    expect(io.out).toBe('HI THERE\n');
    expect(io.err).toBe('');
  });

  it('answers -h and --help with the help and exit 0, without running the body', async () => {
    for (const flag of ['-h', '--help']) {
      const io = capture();
      expect(await echo.run([flag], io)).toBe(0);
      expect(io.out).toBe(echo.help);
    }
  });

  it('reports an unknown flag with the help and exit 2', async () => {
    const io = capture();
    expect(await echo.run(['--nope', 'x'], io)).toBe(2);
    expect(io.err).toMatch(/^salesbot echo: Unknown option '--nope'.*\n\nUsage: salesbot echo/s);
    expect(io.out).toBe('');
  });

  it('lets the body report usage mistakes, with or without the help', async () => {
    const withHelp = capture();
    expect(await echo.run([], withHelp)).toBe(2);
    expect(withHelp.err).toBe(`salesbot echo: give some words.\n\n${echo.help}`);
    const bare = capture();
    expect(await echo.run(['quiet'], bare)).toBe(2);
    expect(bare.err).toBe('salesbot echo: no help here.\n');
  });
});
