// A v4 uuid generated in the browser. Orders and payments carry one from the client so that a
// retried insert after a network failure hits the primary key instead of creating a duplicate.
// crypto.randomUUID only exists in secure contexts; plain-http LAN addresses fall back to
// getRandomValues, which is available everywhere.

export function newUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
