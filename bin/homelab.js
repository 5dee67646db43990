#!/usr/bin/env node
// `homelab` as installed by npm ("bin" in package.json): runs cli/main.ts through scripts/run.js.
"use strict";
const path = require("node:path");
process.argv.splice(2, 0, path.join(__dirname, "..", "cli", "main.ts"));
require("../scripts/run.js");
