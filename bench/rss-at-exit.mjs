// Preloaded with `node --import` in benchmark children: reports the process's peak resident memory at exit.
process.on('exit', () => {
  process.stderr.write(`\n@@maxrss ${process.resourceUsage().maxRSS}\n`);
});
