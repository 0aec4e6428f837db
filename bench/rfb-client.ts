import { WebSocket } from 'ws';

/**
 * A minimal RFB 3.8 client over WebSocket for benchmarks: no security, raw encoding, and full
 * (non-incremental) framebuffer updates requested back to back. Resolves with bytes and seconds.
 */
export function measureFramebufferThroughput(
  url: string,
  frames: number,
): Promise<{ bytes: number; seconds: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, ['binary']);
    let buffer = Buffer.alloc(0);
    let stage: 'version' | 'security' | 'result' | 'init' | 'updates' = 'version';
    let width = 0;
    let height = 0;
    let received = 0;
    let done = 0;
    let started = 0n;
    let rects = 0;
    let need = 0;
    const send = (bytes: number[] | Buffer) => ws.send(Buffer.from(bytes));
    const requestFrame = () => send([3, 0, 0, 0, 0, 0, width >> 8, width & 255, height >> 8, height & 255]);
    const take = (n: number) => {
      const out = buffer.subarray(0, n);
      buffer = buffer.subarray(n);
      return out;
    };
    ws.on('error', reject);
    ws.on('message', (data: Buffer) => {
      received += data.length;
      buffer = Buffer.concat([buffer, data]);
      for (;;) {
        if (stage === 'version' && buffer.length >= 12) {
          take(12);
          send(Buffer.from('RFB 003.008\n'));
          stage = 'security';
        } else if (stage === 'security' && buffer.length >= 1 && buffer.length >= 1 + (buffer[0] ?? 0)) {
          take(1 + (buffer[0] ?? 0));
          send([1]); // None
          stage = 'result';
        } else if (stage === 'result' && buffer.length >= 4) {
          take(4);
          send([1]); // ClientInit, shared
          stage = 'init';
        } else if (stage === 'init' && buffer.length >= 24 && buffer.length >= 24 + buffer.readUInt32BE(20)) {
          const init = take(24 + buffer.readUInt32BE(20));
          width = init.readUInt16BE(0);
          height = init.readUInt16BE(2);
          // SetPixelFormat to 32 bpp, then SetEncodings: Raw only.
          send([0, 0, 0, 0, 32, 24, 0, 1, 0, 255, 0, 255, 0, 255, 16, 8, 0, 0, 0, 0]);
          send([2, 0, 0, 1, 0, 0, 0, 0]);
          stage = 'updates';
          started = process.hrtime.bigint();
          received = 0;
          requestFrame();
        } else if (stage === 'updates' && need > 0 && buffer.length > 0) {
          // Pixel data is counted and dropped as it arrives, never gathered.
          need -= take(Math.min(need, buffer.length)).length;
          if (need > 0) return;
          if (--rects === 0 && ++done === frames) {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            ws.close();
            resolve({ bytes: received, seconds });
            return;
          }
          if (rects === 0) requestFrame();
        } else if (stage === 'updates' && need === 0 && rects > 0 && buffer.length >= 12) {
          const header = take(12);
          need = header.readUInt16BE(4) * header.readUInt16BE(6) * 4;
          if (need === 0 && --rects === 0) requestFrame();
        } else if (stage === 'updates' && need === 0 && rects === 0 && buffer.length >= 4) {
          const header = take(4);
          if (header[0] !== 0) throw new Error(`unexpected RFB message ${header[0]}`);
          rects = header.readUInt16BE(2);
        } else {
          return;
        }
      }
    });
  });
}
