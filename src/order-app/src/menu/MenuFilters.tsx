import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { filterLabel, toggled, type DishFilter, type DishTag } from './dish-filter.js';

export const DISH_TAGS = graphql(`
  query DishTags {
    dish_tags(order_by: { position: asc }) {
      tag
      kind
      label
    }
  }
`);

/** The vocabulary of diet and allergen tags, public and small; none until it has loaded. */
export function useDishTags(): DishTag[] {
  const { data } = useQuery(DISH_TAGS);
  return data?.dish_tags ?? [];
}

/** One checkbox per tag: diets keep the dishes that suit them, allergens the dishes without them. */
export function MenuFilters({ vocabulary, ticked, onChange }: { vocabulary: readonly DishTag[]; ticked: DishFilter; onChange: (next: DishFilter) => void }) {
  if (vocabulary.length === 0) return null;
  return (
    <fieldset className="menu-filters">
      <legend>Diet and allergens</legend>
      {vocabulary.map((t) => (
        <label key={t.tag} className={`filter-chip${ticked.has(t.tag) ? ' is-on' : ''}`}>
          <input type="checkbox" checked={ticked.has(t.tag)} onChange={() => onChange(toggled(ticked, t.tag))} />
          {filterLabel(t)}
        </label>
      ))}
    </fieldset>
  );
}
