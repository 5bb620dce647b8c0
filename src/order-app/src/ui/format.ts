// Money is integer cents end to end (the database's price_cents / total_cents); only display
// turns it into a currency string.
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function formatCents(cents: number): string {
  return money.format(cents / 100);
}

const timeOfDay = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit' });
const dateAndTime = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

export function formatTime(iso: string): string {
  return timeOfDay.format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  return dateAndTime.format(new Date(iso));
}

export function shortId(uuid: string): string {
  return uuid.slice(0, 8).toUpperCase();
}
