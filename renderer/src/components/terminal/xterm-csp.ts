import type { Terminal } from '@xterm/xterm';

/** The few xterm internals the CSP fix reaches, each checked before use (xterm's addons do the same). */
interface XtermInternals {
  _core?: { _renderService?: { _renderer?: { value?: { _rowFactory?: RowFactory } } } };
}
interface RowFactory {
  _addStyle?: (element: HTMLElement, style: string) => void;
}

/** Sets `name:value` (what xterm would have put in a style attribute) through the CSSOM instead. */
function setDeclaration(element: HTMLElement, declaration: string): void {
  const colon = declaration.indexOf(':');
  if (colon > 0)
    element.style.setProperty(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
}

/**
 * xterm's DOM renderer colours a cell with a 24-bit colour, a selection or a search highlight with
 * `setAttribute('style', …)`, which the CSP refuses (and reports, per cell). This renderer's row
 * factory sets the same declarations through `element.style` instead. False when xterm's internals
 * are not where xterm 6 keeps them (the cells then lose those colours, nothing breaks).
 */
function patchRowFactory(term: Terminal): boolean {
  const factory = (term as unknown as XtermInternals)._core?._renderService?._renderer?.value?._rowFactory;
  if (!factory || typeof factory._addStyle !== 'function') return false;
  factory._addStyle = setDeclaration;
  return true;
}

/**
 * Opens an xterm inside `container` within the page's CSP (`style-src 'self'`: no <style> elements,
 * no style attributes). xterm 6 writes its run-time CSS (theme colours, cell size, scrollbar) into
 * three <style> elements of its own; script-made styles are allowed through the CSSOM, so:
 * the terminal is opened into a detached element (nothing is checked against the CSP there), its
 * <style> elements are taken out before that element is attached, and their text lives in a
 * constructable stylesheet adopted by the document, rewritten whenever xterm rewrites them (a
 * MutationObserver watches the detached elements). Returns the undo: call it after term.dispose().
 */
export function openWithinCsp(term: Terminal, container: HTMLElement): () => void {
  const document = container.ownerDocument;
  const host = document.createElement('div');
  host.className = 'xterm-host';
  term.open(host);
  if (!patchRowFactory(term))
    console.warn('xterm: cell colours set through style attributes are blocked by the CSP');

  const sheet = new CSSStyleSheet();
  const styles: HTMLStyleElement[] = [];
  const sync = () => sheet.replaceSync(styles.map((style) => style.textContent).join('\n'));
  const textObserver = new MutationObserver(sync);
  const adopt = (style: HTMLStyleElement) => {
    styles.push(style);
    style.remove();
    textObserver.observe(style, { childList: true, characterData: true, subtree: true });
  };
  host.querySelectorAll('style').forEach(adopt);
  // A <style> xterm adds later (a new renderer) is adopted too.
  const addedObserver = new MutationObserver((records) => {
    const added = records.flatMap((record) => [...record.addedNodes]);
    const newStyles = added.filter((node): node is HTMLStyleElement => node instanceof HTMLStyleElement);
    newStyles.forEach(adopt);
    if (newStyles.length > 0) sync();
  });
  const screen = host.querySelector('.xterm-screen');
  if (screen) addedObserver.observe(screen, { childList: true });
  sync();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  container.appendChild(host);

  return () => {
    textObserver.disconnect();
    addedObserver.disconnect();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    host.remove();
  };
}
