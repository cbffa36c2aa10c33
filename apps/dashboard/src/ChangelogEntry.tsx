import type { ReleaseIndex } from "@tally/dataset";
import { isolateRuns } from "@tally/ui";
import { useQuery } from "@tanstack/react-query";
import type { PhrasingContent, RootContent } from "mdast";
import { type ReactNode, useId } from "react";
import { fetchReleaseNotes, RELEASE_NOTES_FILE, releaseUrl } from "./dataSource.js";
import { ErrorBox, Loading } from "./Feedback.js";
import { plainText, readReleaseNotes } from "./releaseNotes.js";

/** Only web addresses become links: a `javascript:` one in an entry stays words. */
const WEB = /^https?:\/\//i;

function Inline({ nodes }: { nodes: PhrasingContent[] }): ReactNode {
  return nodes.map((node, i) => {
    const key = `${i}`;
    switch (node.type) {
      case "text":
        // Each right-to-left name or quoted value isolated: `attributed_to "…" → "…"` read
        // backwards between two right-to-left names, and "source משטרה, 2 claims" drew the ", 2"
        // into the name's run. A right-to-left paragraph keeps its order: its block is dir="auto".
        return isolateRuns(node.value);
      case "inlineCode":
        return <code key={key}>{node.value}</code>;
      case "strong":
        return (
          <strong key={key}>
            <Inline nodes={node.children} />
          </strong>
        );
      case "emphasis":
        return (
          <em key={key}>
            <Inline nodes={node.children} />
          </em>
        );
      case "link":
        return WEB.test(node.url) ? (
          <a key={key} href={node.url} rel="noopener noreferrer">
            <Inline nodes={node.children} />
          </a>
        ) : (
          <Inline key={key} nodes={node.children} />
        );
      case "break":
        return <br key={key} />;
      default:
        return plainText(node);
    }
  });
}

function Block({ node }: { node: RootContent }): ReactNode {
  switch (node.type) {
    case "paragraph":
      return (
        <p dir="auto">
          <Inline nodes={node.children} />
        </p>
      );
    case "list": {
      const items = node.children.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the entry's items have no other identity and never reorder
        <li key={i}>
          {item.children.map((child, j) => (
            // A tight list's paragraph is the item's line, not a paragraph of its own.
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <Blockish key={j} node={child} tight={node.spread !== true} />
          ))}
        </li>
      ));
      return node.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case "heading":
      // Under the view's h2: an entry's own sub-headings read as h3.
      return (
        <h3 dir="auto">
          <Inline nodes={node.children} />
        </h3>
      );
    case "code":
      return (
        <pre>
          <code>{node.value}</code>
        </pre>
      );
    case "thematicBreak":
      return <hr />;
    default:
      // Raw HTML, tables, images…: their words, never their markup.
      return plainText(node) ? <p dir="auto">{plainText(node)}</p> : null;
  }
}

function Blockish({ node, tight }: { node: RootContent; tight: boolean }): ReactNode {
  // An item's line takes its direction from its first letter, as a paragraph does; the <li> keeps
  // the list's, since a right-to-left item put its bullet past the page's right edge (396 px at 390).
  return tight && node.type === "paragraph" ? (
    <span dir="auto">
      <Inline nodes={node.children} />
    </span>
  ) : (
    <Block node={node} />
  );
}

/** An entry's blocks as the page shows them: text, lists, code and web links, never its HTML. */
export function ChangelogBlocks({ blocks }: { blocks: readonly RootContent[] }): ReactNode {
  return blocks.map((block, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the entry's blocks have no other identity and never reorder
    <Block key={i} node={block} />
  ));
}

/**
 * The release's own CHANGELOG entry, as the build published it beside its files: what changed and
 * any erratum written later (1.1.0's), which a reader of the dashboard never saw before.
 */
export function ChangelogEntry({
  base,
  index,
  version,
}: {
  base: string;
  index: ReleaseIndex;
  version: string;
}) {
  const headingId = useId();
  const published = RELEASE_NOTES_FILE in (index.releases.find((r) => r.version === version)?.sha256 ?? {});
  const notes = useQuery({
    queryKey: ["notes", base, version],
    queryFn: async () => readReleaseNotes(await fetchReleaseNotes(base, version)),
    enabled: published,
    staleTime: Infinity,
    retry: false,
  });
  return (
    <section aria-labelledby={headingId} className="changelog-entry">
      <h2 id={headingId}>Notes on {notes.data?.title ?? `release ${version}`}</h2>
      {!published ? (
        // What the build did not publish, not what the CHANGELOG holds: a release built before its
        // entry was published beside it, or whose index lists no files, said the CHANGELOG had none.
        <p className="muted" data-testid="no-release-notes">
          No CHANGELOG entry was published with release {version}.
        </p>
      ) : notes.isPending ? (
        <Loading label={`Reading release ${version}'s notes…`} />
      ) : notes.isError ? (
        <ErrorBox error={notes.error} title={`Release ${version}'s notes could not be read`} />
      ) : (
        <>
          <ChangelogBlocks blocks={notes.data.blocks} />
          {/* The file itself, to cite or keep: the view draws it and offered no way to it. */}
          <p className="muted">
            As published: <a href={releaseUrl(base, version, RELEASE_NOTES_FILE)}>{RELEASE_NOTES_FILE}</a> of
            release {version}.
          </p>
        </>
      )}
    </section>
  );
}
