import { useEffect } from 'react';

export const searchBoxId = 'device-search';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * A "/" pressed in the search box itself where it would become the first
 * character (the box is empty, or all its text is selected, as after sign-in or
 * after "/" was pressed once) is the shortcut, not a search: no device's name,
 * user, serial or model starts with "/", and a technician who was told "press /"
 * would otherwise find nothing for "/DEMO-IOS-17". After any text it stays a
 * character ("12/29" in a name made from an enrollment date).
 */
function isShortcutInSearchBox(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLInputElement) || target.id !== searchBoxId) return false;
  return target.value === '' || (target.selectionStart === 0 && target.selectionEnd === target.value.length);
}

/**
 * Ctrl/Cmd+F and "/" jump to the device search box, when it is on screen and
 * no dialog is open (the app root is inert then). "/" is left alone while
 * typing in a field, where it is just a character (but see isShortcutInSearchBox).
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const find = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && (!isTyping(event.target) || isShortcutInSearchBox(event.target));
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
