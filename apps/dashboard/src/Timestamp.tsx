import { timestampParts } from "./timestampText.js";

/**
 * A timestamp as a reader reads it, the value as written kept for machines in `dateTime`. A line
 * too narrow for it breaks between the day and the time, never inside either ("2026-" over
 * "11-28" read badly): Versions at 390 px puts it under the release's number.
 */
export function Timestamp({ at }: { at: string }) {
  const { day, time } = timestampParts(at);
  return (
    <time className="timestamp" dateTime={at}>
      <span>{day}</span>
      {time !== null && (
        <>
          {" "}
          <span>{time}</span>
        </>
      )}
    </time>
  );
}
