// Preloaded by the benchmark: on exit, writes this process's peak resident set size (KiB) to $HOMELAB_RSS_FILE.
"use strict";
const fs = require("node:fs");
process.on("exit", () => {
  if (process.env.HOMELAB_RSS_FILE)
    fs.writeFileSync(process.env.HOMELAB_RSS_FILE, String(process.resourceUsage().maxRSS));
});
