// Runs several node commands at once and waits for all of them: argv[2] is a JSON array of argument
// lists, each run as `node <args>`. Exits with the highest exit status among them. bench:speed times it
// as one process, to see what separate processes get from the machine's cores side by side.
import { spawn } from 'node:child_process';

const commands = JSON.parse(process.argv[2]);
const statuses = await Promise.all(
  commands.map(
    (args) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('error', () => resolve(127));
        child.on('exit', (code, signal) => resolve(signal ? 128 : (code ?? 0)));
      }),
  ),
);
process.exitCode = Math.max(...statuses);
