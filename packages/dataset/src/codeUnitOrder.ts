/**
 * Orders strings by UTF-16 code unit, as DuckDB orders VARCHAR and as ISO dates sort: the same
 * answer on every machine, and no ICU collator built (`localeCompare` builds one on first use).
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
