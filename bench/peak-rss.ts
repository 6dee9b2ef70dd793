/**
 * Preloaded (`node --import`) into a measured process: writes the process's peak resident memory
 * (MB) to $BENCH_RSS_FILE when it exits (and its CPU time to $BENCH_CPU_FILE), whatever ends it, so the CLI and the bare parse are
 * measured the same way from outside their code.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS / 1024)));
// And its CPU time (user + system, seconds) to $BENCH_CPU_FILE: what of the wall time was work rather than waiting.
const cpuFile = process.env.BENCH_CPU_FILE;
if (cpuFile) process.on('exit', () => writeFileSync(cpuFile, String((process.cpuUsage().user + process.cpuUsage().system) / 1e6)));
