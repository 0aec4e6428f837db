/**
 * Copies text: the Clipboard API where the page may use it (secure contexts), else the selected
 * element's text with the legacy copy command. Resolves whether it worked; the element's text is
 * left selected either way, so the user can copy it by hand.
 */
export async function copyText(text: string, element: HTMLElement | null): Promise<boolean> {
  if (element) window.getSelection()?.selectAllChildren(element);
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied: fall back to the selection.
  }
  try {
    return element !== null && document.execCommand('copy');
  } catch {
    return false;
  }
}
