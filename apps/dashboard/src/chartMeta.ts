import type { ClaimView } from "@tally/dataset";
import type { ExportMeta } from "@tally/ui";
import { licenceOf, today } from "./citation.js";
import { attributionLine } from "./claimVerdicts.js";
import type { Release } from "./data.js";
import { originNote } from "./dataSource.js";
import { chartSubtitle } from "./exportColumns.js";
import { publicAddress } from "./publicAddress.js";

/**
 * What every exported chart carries under `title`: subtitle, sources, release, licence, address.
 * The sources name whom each one's figures are attributed to and who first reported them: a chart's
 * row label names the outlet that printed a figure, and a Discrepancies export credited Chosun
 * Ilbo's count to Radio Free Asia, which relayed it (an outside review).
 */
export function chartMeta(
  title: string,
  claims: readonly ClaimView[],
  { index, version, base, summary }: Pick<Release, "index" | "version" | "base" | "summary">,
): ExportMeta {
  return {
    title,
    subtitle: chartSubtitle(claims),
    attribution: attributionLine(claims, { parties: true }),
    dataset: index.name,
    version,
    licence: licenceOf(summary).short,
    exportedAt: today(),
    dataUrl: publicAddress(`${base}/releases/${version}/`) ?? undefined,
    origin: originNote(base),
  };
}
