// The menu's diet and allergen filter, pure: a diet tag ticked keeps the dishes that carry it,
// an allergen ticked keeps the dishes that do not contain it (dish_tags.kind says which is which).

export interface DishTag {
  tag: string;
  kind: string;
  label: string;
}

/** The tags ticked, by name. */
export type DishFilter = ReadonlySet<string>;

export function matchesFilter(dishTags: readonly string[], ticked: DishFilter, vocabulary: readonly DishTag[]): boolean {
  for (const t of vocabulary) {
    if (!ticked.has(t.tag)) continue;
    const carries = dishTags.includes(t.tag);
    if (t.kind === 'allergen' ? carries : !carries) return false;
  }
  return true;
}

/** What the checkbox says: the diet as it is ("Vegan"), an allergen as its absence ("No nuts"). */
export function filterLabel(t: DishTag): string {
  return t.kind === 'allergen' ? `No ${t.label.replace(/^Contains /i, '')}` : t.label;
}

export function toggled(ticked: DishFilter, tag: string): DishFilter {
  const next = new Set(ticked);
  if (!next.delete(tag)) next.add(tag);
  return next;
}
