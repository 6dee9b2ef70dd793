/**
 * Preloaded (`node --import`) into a measured process: writes the process's peak resident memory
 * (MB) to $BENCH_RSS_FILE when it exits, whatever ends it, so the CLI and the bare parse are
 * measured the same way from outside their code.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS / 1024)));
