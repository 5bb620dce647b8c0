// Session, cart and checkout draft live in localStorage so that every tab of the browser shares
// them. The browser fires 'storage' only in the OTHER tabs of the origin, so a tab that writes
// updates its own state directly and the others follow through this listener.

/** Calls `listener` when another tab sets or removes `key` (or clears the storage). */
export function onOtherTabChange(key: string, listener: () => void, target: Window = window): () => void {
  const handle = (event: StorageEvent) => {
    if (event.key === key || event.key === null) listener();
  };
  target.addEventListener('storage', handle);
  return () => target.removeEventListener('storage', handle);
}
