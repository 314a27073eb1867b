// Preloaded into the measured process: records its peak resident set size (KiB), its CPU time
// (ms, user + system, all threads) and the time spent in garbage-collection pauses (ms) when it exits.
const fs = require("node:fs");
const { PerformanceObserver } = require("node:perf_hooks");

let gcMs = 0;
if (process.env.CAPAIAN_RSS_FILE) {
  // One entry per pause; summing them is cheap next to the pauses themselves.
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ["gc"] });
}

process.on("exit", () => {
  if (!process.env.CAPAIAN_RSS_FILE) return;
  const usage = process.resourceUsage();
  fs.writeFileSync(process.env.CAPAIAN_RSS_FILE, String(usage.maxRSS));
  fs.writeFileSync(
    `${process.env.CAPAIAN_RSS_FILE}.cpu`,
    String(Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)),
  );
  fs.writeFileSync(`${process.env.CAPAIAN_RSS_FILE}.gc`, String(Math.round(gcMs)));
});
