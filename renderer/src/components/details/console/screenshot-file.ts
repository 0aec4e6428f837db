const two = (n: number) => String(n).padStart(2, '0');

/** `<vm>-<local timestamp>.png`, e.g. web-1-20250314-093005.png. */
export function screenshotName(vmName: string, at: Date): string {
  const safe = vmName.replace(/[\\/:*?"<>|\s]+/g, '_');
  const date = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}`;
  const time = `${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  return `${safe}-${date}-${time}.png`;
}

/** Saves base64 PNG bytes as a download, through a blob: URL and an <a download>. */
export function downloadPng(base64: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; a moment later the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
