import type { ReleaseIndex, ReleaseSummary } from "@tally/dataset";
import { type Citation, shortTag, withoutIsolates } from "@tally/ui";
import { formatISO } from "date-fns/formatISO";
import { publicAddress } from "./publicAddress.js";

/** A licence as exports and citations name it: short in an image's footer, titled and linked beside a citation. */
export interface Licence {
  short: string;
  title: string;
  path: string | null;
}

/**
 * The shipped release's licence, as `data/datapackage.json` declares it (`licenses[0]`; its test
 * reads the file, so the two cannot drift apart), and others a release may declare, by their SPDX id.
 */
export const LICENCE = {
  name: "CC-BY-4.0",
  short: "CC BY 4.0",
  title: "Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const;
const KNOWN_LICENCES: Readonly<Record<string, Licence>> = {
  [LICENCE.name]: LICENCE,
  "CC0-1.0": {
    short: "CC0 1.0",
    title: "Creative Commons Zero v1.0 Universal",
    path: "https://creativecommons.org/publicdomain/zero/1.0/",
  },
  "ODC-By-1.0": {
    short: "ODC-By 1.0",
    title: "Open Data Commons Attribution License v1.0",
    path: "https://opendatacommons.org/licenses/by/1-0/",
  },
};

/**
 * The licence the shown release declares (its summary carries its descriptor's `licenses[0]`):
 * exports of a fixture's or a mirror's data named CC BY 4.0 whatever theirs was (an outside
 * review). A summary built before it carried them names no licence rather than a guessed one.
 */
export function licenceOf(summary: Pick<ReleaseSummary, "licenses">): Licence {
  const declared = summary.licenses?.[0];
  if (declared === undefined)
    return {
      short: "as its datapackage.json declares",
      title: "as the release's datapackage.json declares",
      path: null,
    };
  const known = declared.name === undefined ? undefined : KNOWN_LICENCES[declared.name];
  const title = declared.title ?? known?.title ?? declared.name ?? declared.path ?? "unnamed";
  return {
    short: known?.short ?? declared.name ?? title,
    title,
    path: declared.path ?? known?.path ?? null,
  };
}

export interface CiteInput {
  /** The dataset's name (`tally-nk-…`). */
  name: string;
  /** The dataset's title. */
  title?: string | undefined;
  version: string;
  /** What is cited: the chart's title. */
  view: string;
  /** When the release was cut (its manifest's `created`, an ISO timestamp): the entry's date. */
  issued?: string | undefined;
  /** The page's address; the citation pins `v=` to `version` in it, and leaves out a loopback one. */
  url: string;
  accessed: string;
  /** Said when the data is not the published release (a `?data=` address). */
  note?: string | null | undefined;
  /** The licence the release declares (`licenceOf`). */
  licence: Licence;
}

/**
 * The address with the release pinned: `?v=1.0.0`, so that the citation opens the release it
 * cites after a newer one is published (the bare address follows the latest).
 */
export function pinnedUrl(href: string, version: string): string {
  const url = new URL(href);
  url.searchParams.set("v", version);
  url.hash = "";
  return url.href;
}

function what(o: CiteInput): string {
  return o.title ? `${o.title} (${o.name})` : o.name;
}

/** The pinned address a citation gives, or null when the page is on the machine's own server. */
function citedUrl(o: CiteInput): string | null {
  return publicAddress(pinnedUrl(o.url, o.version));
}

/** The release's date as year, month and day, or null when the index gives none that reads as one. */
function issuedParts(o: CiteInput): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(o.issued ?? "");
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** `[2026, 11, 28]` as "2026-11-28". */
const isoDate = (parts: readonly number[]) => parts.map((n) => String(n).padStart(2, "0")).join("-");

/** "Cite this" as plain text: dataset, version, release date, view, licence, pinned address, access date. */
export function citation(o: CiteInput): string {
  const note = o.note ? ` ${o.note}` : "";
  const url = citedUrl(o);
  const where = url === null ? ` Accessed ${o.accessed}.` : ` ${url} (accessed ${o.accessed}).`;
  const issued = issuedParts(o);
  const date = issued ? ` (${isoDate(issued)})` : "";
  return `${what(o)}, version ${o.version}${date}. ${o.view}. Tally dataset release, licensed ${licensed(o.licence)}.${note}${where}`;
}

/** "CC BY 4.0 (https://…)": a licence with its address when it has one. */
const licensed = (l: Licence) => (l.path && l.path !== l.short ? `${l.short} (${l.path})` : l.short);

/** BibTeX's special characters, escaped so a title from the data cannot break the entry. */
function tex(s: string): string {
  return s.replace(/[\\{}&%$#_^~]/g, (c) =>
    c === "\\" ? "\\textbackslash{}" : c === "^" ? "\\^{}" : c === "~" ? "\\~{}" : `\\${c}`,
  );
}

/**
 * The entry's key: dataset, version and the chart, so that a report citing two charts of one
 * release gets two keys (one key for all made BibTeX refuse the second entry and citeproc drop it).
 * The chart's title in ASCII words, accents dropped ("Pérez" → "perez"), cut at a word after 60
 * characters; a title with letters no ASCII word keeps (Korean, say) adds a tag of the whole
 * title, so two such charts never share a key.
 */
export function citationKey(o: Pick<CiteInput, "name" | "version" | "view">): string {
  const plain = o.view.normalize("NFKD").replace(/\p{M}/gu, "");
  const words = plain
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const end = words.indexOf("-", 60);
  const cut = end === -1 ? words : words.slice(0, end);
  const tag = /(?![A-Za-z])\p{L}/u.test(plain) ? shortTag(o.view) : "";
  const slug = [cut, tag].filter(Boolean).join("-");
  return `${o.name}-${o.version}${slug ? `-${slug}` : ""}`.replace(/[^A-Za-z0-9_.:-]/g, "-");
}

/** A `@misc` entry (plain BibTeX has no dataset type; biblatex reads `@misc` too). */
export function bibtex(o: CiteInput): string {
  const url = citedUrl(o);
  const issued = issuedParts(o);
  const fields: [string, string][] = [
    ["title", `{${tex(what(o))}: ${tex(o.view)}}`],
    ["version", `{${tex(o.version)}}`],
    ...(issued === null
      ? []
      : ([
          ["year", `{${issued[0]}}`],
          ["date", `{${isoDate(issued)}}`],
        ] as [string, string][])),
    ...(url === null ? [] : [["howpublished", `{\\url{${url}}}`] as [string, string]]),
    ["note", `{Tally dataset release, licensed ${tex(o.licence.short)}${o.note ? `. ${tex(o.note)}` : ""}}`],
    ["urldate", `{${o.accessed}}`],
  ];
  return `@misc{${citationKey(o)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(",\n")}\n}`;
}

/** CSL-JSON (what Zotero and pandoc's citeproc read): one item of type "dataset". */
export function cslJson(o: CiteInput): string {
  const url = citedUrl(o);
  const parts = o.accessed.split("-").map(Number);
  const issued = issuedParts(o);
  const item = {
    id: citationKey(o),
    type: "dataset",
    title: `${what(o)}: ${o.view}`,
    version: o.version,
    ...(issued === null ? {} : { issued: { "date-parts": [issued] } }),
    ...(url === null ? {} : { URL: url }),
    accessed: { "date-parts": [parts] },
    license: licensed(o.licence),
    ...(o.note ? { note: o.note } : {}),
  };
  return JSON.stringify([item], null, 2);
}

/** Every form "Cite this" offers, with the licence named beside them. */
export function citeAll(input: CiteInput): Citation {
  // A citation is copied and read by reference managers: the view's title without the isolates
  // drawn around a right-to-left name in it (`isolateName`).
  const o = { ...input, view: withoutIsolates(input.view) };
  return {
    text: citation(o),
    bibtex: bibtex(o),
    cslJson: cslJson(o),
    licence: { title: o.licence.title, path: o.licence.path },
  };
}

/**
 * The reader's own calendar date, for "Accessed" and "Exported": the UTC date was a day off in a
 * New York evening (an outside review).
 */
export function today(now: Date = new Date()): string {
  return formatISO(now, { representation: "date" });
}

/** When the index says `version` was cut, for `CiteInput.issued`. */
export function issuedOf(index: ReleaseIndex, version: string): string | undefined {
  return index.releases.find((r) => r.version === version)?.created;
}
