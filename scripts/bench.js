// `npm run bench`: runs every package's and app's bench (`<dir>/bench/index.ts`) one after another,
// each printing its measurements beside a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const benches = ['packages', 'apps']
  .flatMap((group) => readdirSync(group).map((name) => join(group, name, 'bench', 'index.ts')))
  .filter((file) => existsSync(file))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)));

let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', file], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
