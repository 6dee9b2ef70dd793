#!/usr/bin/env node
import { hideBin } from 'yargs/helpers';
import { removePendingOutputs } from './output.js';
import { EXIT, failureMessage, runProgram } from './cli/program.js';

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    removePendingOutputs();
    process.stderr.write(`cldscan: interrupted (${signal}); no output was written\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

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
