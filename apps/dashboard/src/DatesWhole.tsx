/** An ISO day or month ("2019-05-02", "2023-10"), not inside a longer run of digits. */
const ISO_DATE = /(?<!\d)\d{4}-\d{2}(?:-\d{2})?(?!\d)/g;

/**
 * `text` with each ISO date in a span that does not wrap: at 390 px Chromium broke
 * "(2019-05-02)" after its second hyphen, "(2019-05-" ending one line and "02)" starting the
 * next. A span, not a no-break hyphen, so that the text copied is the text the validator wrote.
 */
export function DatesWhole({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(ISO_DATE)) {
    parts.push(
      text.slice(at, m.index),
      <span key={m.index} className="date-whole">
        {m[0]}
      </span>,
    );
    at = m.index + m[0].length;
  }
  if (at === 0) return text;
  parts.push(text.slice(at));
  return <>{parts}</>;
}
