import type { Locator } from '@playwright/test';

/** A summary of the canvas pixels in a locator: how many are not black, and a cheap hash of all. */
export async function canvasPixels(region: Locator): Promise<{ lit: number; hash: number; width: number }> {
  return region
    .locator('canvas')
    .first()
    .evaluate((canvas) => {
      const element = canvas as unknown as {
        width: number;
        height: number;
        getContext(kind: '2d'): {
          getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
        };
      };
      const { data } = element.getContext('2d').getImageData(0, 0, element.width, element.height);
      let lit = 0;
      let hash = 0;
      for (let i = 0; i < data.length; i += 4) {
        const value = (data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0);
        if (value > 60) lit += 1;
        hash = (hash * 31 + value) | 0;
      }
      return { lit, hash, width: element.width };
    });
}
