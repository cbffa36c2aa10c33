import type { ClaimView } from "@tally/dataset";
import type { ExportMeta } from "@tally/ui";
import { LICENCE, today } from "./citation.js";
import { attributionLine } from "./claimVerdicts.js";
import type { Release } from "./data.js";
import { originNote } from "./dataSource.js";
import { chartSubtitle } from "./exportColumns.js";
import { publicAddress } from "./publicAddress.js";

/**
 * What every exported chart carries under `title`: subtitle, sources, release, licence, address;
 * with `parties`, whom each source's figures are attributed to, for a chart whose marks do not say.
 */
export function chartMeta(
  title: string,
  claims: readonly ClaimView[],
  { index, version, base }: Pick<Release, "index" | "version" | "base">,
  { parties = false } = {},
): ExportMeta {
  return {
    title,
    subtitle: chartSubtitle(claims),
    attribution: attributionLine(claims, { parties }),
    dataset: index.name,
    version,
    licence: LICENCE.short,
    exportedAt: today(),
    dataUrl: publicAddress(`${base}/releases/${version}/`) ?? undefined,
    origin: originNote(base),
  };
}
