export type { Command, Io } from './command.ts';
export { EXIT } from './command.ts';
export { commands } from './commands/index.ts';
export { run } from './run.ts';
