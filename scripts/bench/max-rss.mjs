// Preloaded (`node --import`) into a benchmarked process: writes its peak resident memory (KB),
// worker threads included, to the file named by RINSE_RSS_FILE when it exits, and, when
// RINSE_CPU_FILE names one, the CPU time it used (user and system, ms, all its threads) to that.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.RINSE_RSS_FILE, String(usage.maxRSS));
  if (process.env.RINSE_CPU_FILE) writeFileSync(process.env.RINSE_CPU_FILE, String((usage.userCPUTime + usage.systemCPUTime) / 1000));
});
