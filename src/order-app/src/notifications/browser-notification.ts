// The Notification API, for when the tab is hidden: asked for on a click (browsers ignore or
// penalise a request without a user gesture), and skipped without a word where it is denied or
// missing (an insecure origin, an old browser).

export type AlertPermission = 'granted' | 'denied' | 'default' | 'unsupported';

export function alertPermission(): AlertPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export async function askAlertPermission(): Promise<AlertPermission> {
  if (typeof Notification === 'undefined') return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return 'unsupported';
  }
}

/** Shows one alert when the tab is hidden and permission was given; otherwise nothing. */
export function alertIfHidden(title: string, body: string, tag: string): void {
  if (typeof document === 'undefined' || document.visibilityState !== 'hidden') return;
  if (alertPermission() !== 'granted') return;
  try {
    new Notification(title, { body, tag });
  } catch {
    // Some browsers allow notifications only from a service worker: the list in the header remains.
  }
}

/** The notifications that arrived since the last list (none for the first list: those are old). */
export function arrivals<T extends { id: string }>(previous: readonly T[] | null, next: readonly T[]): T[] {
  if (previous === null) return [];
  const known = new Set(previous.map((n) => n.id));
  return next.filter((n) => !known.has(n.id));
}
