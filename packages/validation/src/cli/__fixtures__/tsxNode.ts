import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const PACKAGE = fileURLToPath(new URL("../../..", import.meta.url));

// tsx by path: a child run in a folder outside the repository would not resolve "tsx".
const TSX = pathToFileURL(join(PACKAGE, "../../node_modules/tsx/dist/loader.mjs")).href;

/** Arguments for `process.execPath` that run the TypeScript sources, as `pnpm validate` does. */
export const TSX_NODE = ["--conditions=@tally/source", "--import", TSX] as const;
