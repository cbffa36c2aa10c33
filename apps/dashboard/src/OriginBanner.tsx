import { dataOrigin } from "./dataSource.js";

/**
 * Names the data's address on every view when `?data=` points anywhere but the app's own
 * published data, so a copy (altered or not) is never read as the published release.
 */
export function OriginBanner({ base }: { base: string }) {
  if (!base) return null;
  const origin = dataOrigin(base);
  if (origin.published) return null;
  return (
    <p className="origin-banner" role="note" data-testid="origin-banner">
      <strong>
        Data from <span className="origin-address">{origin.address}</span>, not the published release.
      </strong>{" "}
      <span className="origin-detail">Its files are checked only against that address's own index.</span>
    </p>
  );
}

/** The version as the badge and the page title give it, marked when the data is not the published release. */
export function versionTag(version: string, base: string): string {
  return dataOrigin(base).published ? version : `${version} (unpublished copy)`;
}
