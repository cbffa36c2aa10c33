import { tableSpecOf } from "./tables.js";
import type { AttributedKind, Category, SourceKind, Unit, VocabularyName } from "./vocabularies.js";

/**
 * The vocabulary of a dataset that has no file for one: what Tally's code held before
 * vocabularies were data. Releases cut then (1.0.0) are frozen without the files, so they load,
 * validate and are described (as Table Schema `enum` constraints) exactly as when they were cut.
 * A dataset extends a vocabulary by adding its file, never by changing this list.
 */
export const BUILT_IN_VOCABULARIES: {
  categories: readonly Category[];
  attributed_kinds: readonly AttributedKind[];
  source_kinds: readonly SourceKind[];
  units: readonly Unit[];
} = {
  categories: [
    {
      category: "forced_repatriation",
      label: "Forced repatriation",
      description: "People sent back against their will to the country they fled.",
    },
    { category: "detention", label: "Detention", description: "People held by the authorities." },
    { category: "arrival", label: "Arrival", description: "People reaching a place of refuge." },
    {
      category: "border_closure",
      label: "Border closure",
      description: "A closed border and the period it stayed closed.",
    },
    {
      category: "cooperation",
      label: "Cooperation",
      description: "Authorities of two countries working together, such as on returns.",
    },
  ],
  attributed_kinds: [
    {
      attributed_kind: "anonymous_source",
      label: "Unnamed source",
      description: "A person the outlet does not name.",
    },
    { attributed_kind: "ngo", label: "NGO", description: "A non-governmental organisation." },
    { attributed_kind: "government", label: "Government", description: "A government or official." },
    { attributed_kind: "media", label: "Media", description: "Another outlet, cited as the source." },
    { attributed_kind: "expert", label: "Expert", description: "A researcher or analyst speaking as such." },
    { attributed_kind: "other", label: "Other", description: "Anyone else." },
  ],
  source_kinds: [
    { source_kind: "news", label: "News outlet", description: "A news publication." },
    { source_kind: "ngo", label: "NGO", description: "A non-governmental organisation's publication." },
    { source_kind: "government", label: "Government", description: "A government publication." },
    { source_kind: "other", label: "Other", description: "Any other publisher." },
  ],
  units: [
    { unit: "persons", label: "persons", whole: true, max: null, description: "A number of people." },
    { unit: "percent", label: "%", whole: false, max: 100, description: "A share, in percent." },
    { unit: "days", label: "days", whole: false, max: null, description: "A length of time in days." },
    { unit: "months", label: "months", whole: false, max: null, description: "A length of time in months." },
    { unit: "years", label: "years", whole: false, max: null, description: "A length of time in years." },
    { unit: "count", label: "count", whole: true, max: null, description: "A number of things." },
  ],
};

/** The ids of a built-in vocabulary, in its order (a 1.0.0 descriptor's `enum` constraint). */
export function builtInIdsOf(vocabulary: VocabularyName): string[] {
  const rows = BUILT_IN_VOCABULARIES[vocabulary] as readonly Record<string, unknown>[];
  const { key } = tableSpecOf(vocabulary);
  return rows.map((row) => row[key] as string);
}

/** A built-in vocabulary as CSV cells, in header order: the file a dataset starts from to extend it. */
export function builtInVocabularyCells(vocabulary: VocabularyName): Record<string, string>[] {
  return (BUILT_IN_VOCABULARIES[vocabulary] as readonly Record<string, unknown>[]).map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([column, value]) => [column, value === null ? "" : String(value)]),
    ),
  );
}
