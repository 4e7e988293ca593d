import type { Command } from '../command.ts';
import { compileCommand } from './compile.ts';
import { testCommand } from './test.ts';
import { validateCommand } from './validate.ts';

/** Every `salesbot` command, in the order `salesbot --help` lists them. Add new commands here. */
export const commands: readonly Command[] = [validateCommand, testCommand, compileCommand];
