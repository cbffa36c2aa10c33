/** How long the image's decoding is waited for before the canvas draws it as it is. */
export const DECODE_WAIT_MS = 10_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Rasterises an SVG document at `scale`× its pixel size (2× by default, for print and retina
 * screens) through an <img> and a canvas. Browser only.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("the chart image could not be drawn"));
      img.src = url;
    });
    // An embedded font is decoded with the image; decode() waits for it before the canvas draws.
    // Bounded: its promise settles on a frame the browser may never draw (a hidden or starved
    // page), and an export that waits for ever says "Preparing PNG…" for ever.
    await Promise.race([img.decode().catch(() => undefined), delay(DECODE_WAIT_MS)]);
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("this browser has no 2D canvas");
    ctx.scale(scale, scale);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
