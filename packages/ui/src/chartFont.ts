import regular from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import bold from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url";

/**
 * One family for every chart, on screen and in exports. An exported SVG carries no page CSS, and
 * headless Chromium drew its chart text in a serif face beside a system-ui title: Noto Sans is
 * self-hosted (no network) and, embedded in the SVG as data URLs, renders the same in the SVG, the
 * PNG and the page. The Latin subset (no @fontsource/noto-sans subset has ≈ ≥ ≤ ○ ▲ ▶ ◆) is every
 * glyph charts draw: figures are written in words ("about 200", "at least 100") and legend marks
 * drawn as shapes, so no character falls back to another family (chartFont.test.ts reads the cmap).
 */
export const CHART_FONT = "'Noto Sans', sans-serif";

const FACES = [
  { weight: 400, url: regular },
  { weight: 700, url: bold },
] as const;

function faceCss(weight: number, src: string): string {
  return `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${weight};src:url(${src}) format('woff2');}`;
}

let injected = false;

/** Declares the chart font on the page once (the files load when text first uses them). */
export function declareChartFont(doc: Document = document): void {
  if (injected || !doc.head) return;
  injected = true;
  const style = doc.createElement("style");
  style.dataset.tallyFont = "";
  style.textContent = FACES.map((f) => faceCss(f.weight, f.url)).join("\n");
  doc.head.appendChild(style);
}

/** Waits until both weights are loaded, so that canvas measurement uses the real glyph widths. */
export async function chartFontReady(doc: Document = document): Promise<void> {
  declareChartFont(doc);
  if (!doc.fonts) return;
  await Promise.all(FACES.map((f) => doc.fonts.load(`${f.weight} 16px 'Noto Sans'`)));
}

let embedded: Promise<string> | null = null;

/** The @font-face rules with the font files inlined as data URLs, for a standalone SVG. */
export function embeddedFontCss(): Promise<string> {
  embedded ??= Promise.all(
    FACES.map(async (f) => {
      const bytes = new Uint8Array(await (await fetch(f.url)).arrayBuffer());
      return faceCss(f.weight, `data:font/woff2;base64,${base64(bytes)}`);
    }),
  ).then((rules) => rules.join("\n"));
  embedded.catch(() => {
    embedded = null;
  });
  return embedded;
}

function base64(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
