// @ts-check
// Preloaded (NODE_OPTIONS=--import) into measured Node processes when GNU time is missing: writes
// "cpuMs peakKB" as the process exits, for the harness to read.
import { writeFileSync } from 'node:fs';

const file = process.env.WFKIT_BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, `${(usage.userCPUTime + usage.systemCPUTime) / 1000} ${usage.maxRSS}\n`);
  });
}
