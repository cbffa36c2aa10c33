import type { Heading, Root, RootContent } from "mdast";

/** A release's CHANGELOG entry read for the screen: its heading's words and what is under it. */
export interface ReleaseNotes {
  /** "1.1.0 (2026-11-28)": the entry's `## ` heading without its marks; null when it has none. */
  title: string | null;
  blocks: RootContent[];
}

/** The words of a Markdown node, its marks left out (code keeps its text). */
export function plainText(node: RootContent | Root): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as RootContent[]).map(plainText).join("");
  return "";
}

/**
 * Parses an entry with mdast-util-from-markdown (CommonMark), loaded only when a release's notes
 * are shown. Raw HTML in the entry is never rendered as HTML: the renderer shows its text.
 */
export async function readReleaseNotes(markdown: string): Promise<ReleaseNotes> {
  const { fromMarkdown } = await import("mdast-util-from-markdown");
  const tree = fromMarkdown(markdown);
  const [first, ...rest] = tree.children;
  if (first?.type === "heading" && (first as Heading).depth === 2)
    return { title: plainText(first).trim(), blocks: rest };
  return { title: null, blocks: tree.children };
}
