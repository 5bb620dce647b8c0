import { useCart } from '../cart/cart-context.js';
import { NOTE_MAX_LENGTH } from '../cart/cart.js';

/** A note for the kitchen per dish ("no onions"), kept in the cart line and sent with it. */
export function DishNotes() {
  const { cart, dispatch } = useCart();
  return (
    <details className="field dish-notes" open={cart.lines.some((line) => line.note)}>
      <summary>Notes for the kitchen</summary>
      {cart.lines.map((line) => (
        <div key={line.menuItemId} className="field">
          <label htmlFor={`dish-note-${line.menuItemId}`}>Note for {line.name}</label>
          <input
            id={`dish-note-${line.menuItemId}`}
            type="text"
            maxLength={NOTE_MAX_LENGTH}
            placeholder="No onions, extra spicy…"
            value={line.note ?? ''}
            onChange={(e) => dispatch({ type: 'set-note', menuItemId: line.menuItemId, note: e.target.value })}
          />
        </div>
      ))}
    </details>
  );
}
