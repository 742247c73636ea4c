// Simplified or Traditional glyph forms, told by where ，and 。 sit in their em
// box: Simplified Chinese (and Japanese) forms sit at the bottom left, Traditional
// (Taiwan, Hong Kong) forms in the middle (clreq §3.1.2, “Positioning of
// punctuation marks”). An engine that misses the text's language draws the
// Traditional forms — MuPDF does with lang only on <html> (ENGINES.md).

/** A greyscale raster: one byte per pixel, 0 black, 255 white, rows top to bottom. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A box in pixels of the image. */
export interface PixelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type MarkForm = 'simplified' | 'traditional' | 'other';

/**
 * Where the ink of a box is, as the centre of its dark pixels relative to the
 * box (0,0 top left, 1,1 bottom right); undefined when the box has no ink.
 */
export function inkCentre(image: GreyImage, box: PixelBox): { x: number; y: number } | undefined {
  let sumX = 0;
  let sumY = 0;
  let count = 0;
  const right = Math.min(image.width, Math.round(box.left + box.width));
  const bottom = Math.min(image.height, Math.round(box.top + box.height));
  for (let y = Math.max(0, Math.round(box.top)); y < bottom; y++) {
    for (let x = Math.max(0, Math.round(box.left)); x < right; x++) {
      if (image.pixels[y * image.width + x]! < 128) {
        sumX += x;
        sumY += y;
        count++;
      }
    }
  }
  if (count === 0) return undefined;
  return { x: (sumX / count + 0.5 - box.left) / box.width, y: (sumY / count + 0.5 - box.top) / box.height };
}

/** Bottom left: Simplified; centred: Traditional; anything else is reported as it is. */
export function markForm(centre: { x: number; y: number }): MarkForm {
  if (centre.x < 0.4 && centre.y > 0.6) return 'simplified';
  if (Math.abs(centre.x - 0.5) < 0.15 && Math.abs(centre.y - 0.5) < 0.15) return 'traditional';
  return 'other';
}
