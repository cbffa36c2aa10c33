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

/**
 * A file name safe on every OS: lower-case words joined by dashes, at most `max` characters and
 * cut only between words ("…-dandong-and-tumen", never "…-tumen-repatriat").
 */
export function fileSlug(text: string, max = 60): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let out = "";
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > max) break;
    out = next;
  }
  // A first word longer than the limit is the one case a cut cannot fall between words.
  return out || words[0]?.slice(0, max) || "chart";
}
