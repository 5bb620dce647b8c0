import { gql, type TypedDocumentNode } from '@apollo/client';
import { formatCents } from '../ui/format.js';

export interface MenuItemRowItem {
  __typename?: 'menu_items';
  id: number;
  name: string;
  description: string;
  price_cents: number;
  is_available: boolean;
}

export const MENU_ITEM_ROW_FRAGMENT: TypedDocumentNode<MenuItemRowItem> = gql`
  fragment MenuItemRow_menuItem on menu_items {
    id
    name
    description
    price_cents
    is_available
  }
`;

interface MenuItemRowProps {
  item: MenuItemRowItem;
  quantityInCart: number;
  canOrder: boolean;
  onAdd(item: MenuItemRowItem): void;
}

export function MenuItemRow({ item, quantityInCart, canOrder, onAdd }: MenuItemRowProps) {
  const available = item.is_available && canOrder;
  return (
    <li className={`menu-item${item.is_available ? '' : ' is-unavailable'}`}>
      <div className="menu-item-text">
        <span className="menu-item-name">{item.name}</span>
        <span className="muted">{item.description}</span>
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
