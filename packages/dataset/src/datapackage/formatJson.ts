const WIDTH = 110;
const INDENT = "  ";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPrimitive = (v: Json): v is null | boolean | number | string => v === null || typeof v !== "object";

function format(value: Json, indent: string, prefixWidth: number): string {
  if (isPrimitive(value)) return JSON.stringify(value);
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every(isPrimitive)) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
      // +1 for the comma that may follow
      if (prefixWidth + flat.length + 1 <= WIDTH) return flat;
    }
    return `[\n${value.map((v) => inner + format(v, inner, inner.length)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  return `{\n${entries
    .map(([key, v]) => {
      const head = `${inner}${JSON.stringify(key)}: `;
      return head + format(v, inner, head.length);
    })
    .join(",\n")}\n${indent}}`;
}

/**
 * JSON laid out the way the repository's formatter (Biome) leaves it, so that formatting the
 * repository never rewrites a released descriptor or manifest (which would break its hash).
 */
export function formatJson(value: unknown): string {
  return `${format(value as Json, "", 0)}\n`;
}
