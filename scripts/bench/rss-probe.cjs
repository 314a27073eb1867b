// Preloaded into the measured process: records its peak resident set size (KiB) when it exits.
const fs = require("node:fs");

process.on("exit", () => {
  if (process.env.CAPAIAN_RSS_FILE)
    fs.writeFileSync(process.env.CAPAIAN_RSS_FILE, String(process.resourceUsage().maxRSS));
});
