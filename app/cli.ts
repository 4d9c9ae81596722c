// The `sanctuary` command as compiled by `npm run build`: `node dist/app/cli.js` runs it with plain node.
import { runCli } from "./main.js";

process.exitCode = await runCli(process.argv.slice(2));
