// Preloaded (`node --import`) into a benchmarked process: writes its peak resident memory (KB),
// worker threads included, to the file named by RINSE_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.RINSE_RSS_FILE, String(process.resourceUsage().maxRSS)));
