#!/usr/bin/env node
import { removePendingOutputs } from './output.js';

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    removePendingOutputs();
    process.stderr.write(`cldscan: interrupted (${signal}); no output was written\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

// The program (yargs, the SDKs, every adapter and policy) loads after the handlers above are in
// place: a signal that arrives while modules load still leaves the previous output untouched.
const [{ hideBin }, { EXIT, failureMessage, runProgram }] = await Promise.all([import('yargs/helpers'), import('./cli/program.js')]);

// A reader that stops early (`cldscan scan … | head`) closes the pipe: the rest of the report has
// nowhere to go, which is not an error. Without a listener Node would throw and print a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
    process.exitCode = EXIT.usage;
  });
}

runProgram(hideBin(process.argv)).then(
  ({ code }) => {
    process.exitCode = code;
  },
  async (err: unknown) => {
    process.stderr.write(`${await failureMessage(err)}\n`);
    process.exitCode = EXIT.usage;
  },
);
