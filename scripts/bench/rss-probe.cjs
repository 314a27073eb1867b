// Preloaded into the measured process: records its peak resident set size (KiB) and its CPU time
// (ms, user + system, all threads) when it exits.
const fs = require("node:fs");

process.on("exit", () => {
  if (!process.env.CAPAIAN_RSS_FILE) return;
  const usage = process.resourceUsage();
  fs.writeFileSync(process.env.CAPAIAN_RSS_FILE, String(usage.maxRSS));
  fs.writeFileSync(
    `${process.env.CAPAIAN_RSS_FILE}.cpu`,
    String(Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)),
  );
});
