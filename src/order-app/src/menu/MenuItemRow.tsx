import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import type { MenuItemRow_MenuItemFragment } from '../gql/graphql.js';
import { formatCents } from '@3factor/domain';

export const MENU_ITEM_ROW_FRAGMENT = graphql(`
  fragment MenuItemRow_menuItem on menu_items {
    id
    name
    description
    price_cents
    is_available
    tags(order_by: { dish_tag: { position: asc } }) {
      tag
      dish_tag {
        label
        kind
      }
    }
  }
`);

/** The item as this row reads it: what "Add" hands back to the page. */
export type MenuItemRowItem = MenuItemRow_MenuItemFragment;

interface MenuItemRowProps {
  item: FragmentType<typeof MENU_ITEM_ROW_FRAGMENT>;
  quantityInCart: number;
  canOrder: boolean;
  onAdd(item: MenuItemRowItem): void;
}

export function MenuItemRow({ quantityInCart, canOrder, onAdd, ...props }: MenuItemRowProps) {
  const item = getFragmentData(MENU_ITEM_ROW_FRAGMENT, props.item);
  const available = item.is_available && canOrder;
  return (
    <li className={`menu-item${item.is_available ? '' : ' is-unavailable'}`}>
      <div className="menu-item-text">
        <span className="menu-item-name">{item.name}</span>
        <span className="muted">{item.description}</span>
        {item.tags.length > 0 && (
          <ul className="dish-tags" aria-label={`${item.name}: diet and allergens`}>
            {item.tags.map((t) => (
              <li key={t.tag} className={`dish-tag dish-tag-${t.dish_tag.kind}`}>
                {t.dish_tag.label}
              </li>
            ))}
          </ul>
        )}
        {!item.is_available && <span className="closed-badge">Sold out</span>}
      </div>
      <div className="menu-item-side">
        <span className="price">{formatCents(item.price_cents)}</span>
        <button
          type="button"
          className="button button-small"
          disabled={!available}
          onClick={() => onAdd(item)}
          aria-label={`Add ${item.name} to cart${quantityInCart > 0 ? ` (${quantityInCart} in cart)` : ''}`}
        >
          Add{quantityInCart > 0 ? ` (${quantityInCart})` : ''}
        </button>
      </div>
    </li>
  );
}
