import { useEffect } from 'react';

export const searchBoxId = 'device-search';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Ctrl/Cmd+F and "/" jump to the device search box, when it is on screen and
 * no dialog is open (the app root is inert then). "/" is left alone while
 * typing in a field, where it is just a character.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const find = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!find && !slash) return;
      const box = document.getElementById(searchBoxId);
      if (!(box instanceof HTMLInputElement) || box.closest('[inert]')) return;
      event.preventDefault();
      box.focus();
      box.select();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
