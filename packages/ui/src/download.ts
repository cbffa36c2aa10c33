import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { withoutIsolates } from "./bidi.js";

/** Saves a blob under `filename` through a temporary link (no server round trip). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Lower-case ASCII words, accents and punctuation dropped: what a file name safe on every OS keeps. */
function slugWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

/**
 * Whether `slugWords` loses letters or digits of the text: a title in Arabic, Hebrew, Korean or
 * Chinese, or with a letter no accent-stripping makes ASCII ("Łódź"), rather than punctuation.
 */
function losesLetters(text: string): boolean {
  return /[^\P{L}A-Za-z]|[^\P{N}0-9]/u.test(text.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""));
}

/**
 * The title's words for a file name: `slugWords`, and where they lose letters or digits of it the
 * title's `shortTag` after them. An outside audit's two events titled in Arabic, one metric each,
 * both exported as "persons-detained-<dataset>-<version>": with nothing of either title left, the
 * second download was saved over the first (or renamed by the browser to "… (1)").
 */
function titleWords(title: string): string[] {
  const words = slugWords(title);
  return losesLetters(title) ? [...words, shortTag(title.normalize("NFC"))] : words;
}

/**
 * The longest run of whole words from the start that fits in `max` characters
 * ("…-dandong-and-tumen", never "…-tumen-repatriat").
 */
function firstWords(words: readonly string[], max: number): string {
  let out = "";
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > max) break;
    out = next;
  }
  // A first word longer than the limit is the one case a cut cannot fall between words.
  return out || words[0]?.slice(0, max) || "";
}

/** Every exported file's name, `.metadata.json` included, stays within this many characters. */
export const EXPORT_NAME_MAX = 120;
/** The longest ending an export adds to its stem: `${stem}.metadata.json`. */
const LONGEST_ENDING = ".metadata.json".length;

/** Words a name can lose and still say which chart it is ("share-who-were-women" → "share-women"). */
const FILLER = new Set([
  "a",
  "an",
  "and",
  "at",
  "by",
  "for",
  "in",
  "of",
  "on",
  "the",
  "to",
  "who",
  "were",
  "with",
]);

/** The first 6 hex digits of a text's SHA-256: the same text always gives the same tag, two texts almost never one. */
export const shortTag = (text: string): string => bytesToHex(sha256(utf8ToBytes(text))).slice(0, 6);

/**
 * A file title whose last part must survive any cut: the metric id that tells one event's charts
 * apart, or the "log scale" that tells a chart from its linear self. Only the title is shortened.
 */
export interface KeptEnd {
  title: string;
  keep: string;
}

/**
 * The stem every file of one export shares: the title's words, then `-dataset-version`. A title
 * too long for `EXPORT_NAME_MAX` first loses filler words; if it is still too long it is cut
 * between words and a tag of the whole title is added, so two charts whose titles differ only
 * after the cut (the metric of one event) never share a name. A title given as `{ title, keep }`
 * ends with `keep`'s words whole, the tag before them: only `title` loses filler words or is cut,
 * so a long event title ("china-forcibly-repatriates-…", release 1.0.0) no longer cuts its metric
 * off. Only a `keep` too long for the name on its own is cut with the title. A title whose letters
 * are not all Latin ends its words with its own tag (`titleWords`), so that two titles in another
 * script are not named alike.
 */
export function exportStem(
  title: string | KeptEnd,
  dataset: string,
  version: string,
  max = EXPORT_NAME_MAX,
): string {
  const suffix = `-${firstWords(slugWords(dataset), 40)}-${version.replace(/[^0-9A-Za-z.+-]+/g, "-")}`;
  const room = Math.max(16, max - LONGEST_ENDING - suffix.length);
  // Named by the text, not by the isolates drawn around a right-to-left name in it.
  const words = titleWords(withoutIsolates(typeof title === "string" ? title : title.title));
  const end = typeof title === "string" ? [] : slugWords(title.keep);
  const whole = [...words, ...end].join("-");
  if (whole.length <= room) return `${whole || "chart"}${suffix}`;
  const kept = words.filter((w) => !FILLER.has(w));
  const shorter = [...kept, ...end].join("-");
  if (shorter.length <= room) return `${shorter}${suffix}`;
  const tag = shortTag(whole);
  const ending = end.join("-");
  // `${lead}-${tag}-${ending}`: the lead gets what the tag, the ending and their hyphens leave.
  if (ending && ending.length + 7 <= room) {
    const lead = firstWords(kept, Math.max(0, room - ending.length - 8));
    return `${lead ? `${lead}-` : ""}${tag}-${ending}${suffix}`;
  }
  return `${firstWords([...kept, ...end], room - 7)}-${tag}${suffix}`;
}
