import { useLayoutEffect, useRef } from 'react';

/**
 * Sets CSS custom properties on an element through the CSSOM, for the few values only known at
 * run time (a virtual list's height, a menu's position). The page's CSP forbids style attributes
 * and <style>, not CSSOM writes; the stylesheets read the properties with var().
 */
export function useCssVars<T extends HTMLElement>(vars: Readonly<Record<`--${string}`, string>>) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    for (const [name, value] of Object.entries(vars)) element.style.setProperty(name, value);
  });
  return ref;
}
