import type { Draft } from "./consoleStore.js";

/** The editor's text on a first visit, with nothing run or typed. */
export const FIRST_QUERY = "select count(*) from claims";

/**
 * The text the console's editor shows for an address (`?sql=`, null for none), the text typed and
 * not run, and the text last run.
 *
 * An address that holds a text is what a shared link or Back means to show, so it wins; only a
 * draft typed over that same address comes back instead (Forward after typing loses nothing).
 * Without one (the view opened from the menu), the draft, else the last run. Before, the last run
 * won: Back to an earlier run's address showed a later run's text under that address.
 */
export function editorText(address: string | null, draft: Draft | null, lastRun: string | null): string {
  if (address !== null) return draft !== null && draft.over === address ? draft.text : address;
  return draft?.text ?? lastRun ?? FIRST_QUERY;
}
