import { BUILT_IN_VOCABULARIES } from "./builtInVocabularies.js";
import { metricLabelOf } from "./labels.js";
import { OPTIONAL_TABLES, VOCABULARY_NAMES } from "./tables.js";
import type { VocabularyName } from "./vocabularies.js";

/** Each vocabulary's id column, as its table declares it. */
export const VOCABULARY_KEYS = Object.fromEntries(
  VOCABULARY_NAMES.map((vocabulary) => [vocabulary, OPTIONAL_TABLES[vocabulary].key]),
) as { readonly [V in VocabularyName]: (typeof OPTIONAL_TABLES)[V]["key"] };

/**
 * An id a vocabulary does not label, as words: a unit as written ("persons" reads in a sentence
 * after a number), anything else as a metric without a label ("anonymous_source" → "Anonymous
 * source"). `VOCABULARY_WORDS_SQL` is the same rule in DuckDB SQL.
 */
export function vocabularyWordsOf(vocabulary: VocabularyName, id: string): string {
  return vocabulary === "units"
    ? id.replace(/[._-]+/g, " ").trim()
    : metricLabelOf({ metric: id, label: null });
}

/**
 * The label of an id in a dataset's vocabulary table, or in the built-in one when the dataset has
 * no rows for it (a release cut before vocabularies were data, whose Arrow table the release
 * build fills with the built-in rows); the id as words when neither has it.
 */
export function vocabularyLabelOf(vocabulary: VocabularyName, id: string, rows: readonly object[]): string {
  const table: readonly object[] = rows.length > 0 ? rows : BUILT_IN_VOCABULARIES[vocabulary];
  const key = VOCABULARY_KEYS[vocabulary];
  const row = table.find((r) => (r as Record<string, unknown>)[key] === id) as
    | { label?: unknown }
    | undefined;
  return typeof row?.label === "string" && row.label !== "" ? row.label : vocabularyWordsOf(vocabulary, id);
}

/** `vocabularyWordsOf` in DuckDB SQL, over an id expression. */
export function vocabularyWordsSql(vocabulary: VocabularyName, id: string): string {
  const words = `trim(regexp_replace(${id}, '[._-]+', ' ', 'g'))`;
  return vocabulary === "units" ? words : `upper(left(${words}, 1)) || substr(${words}, 2)`;
}
