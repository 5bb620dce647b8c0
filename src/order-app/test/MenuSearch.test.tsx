// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MenuSearch } from '../src/search/MenuSearch.js';
import { SEARCH_LIMIT, SEARCH_MENU } from '../src/search/use-menu-search.js';
import { renderWithProviders } from './render.js';

const hit = (menu_item_id: number, name: string, restaurant_id: number, restaurant_name: string, is_open = true) => ({
  __typename: 'menu_search_results',
  menu_item_id,
  restaurant_id,
  name,
  description: `${name}, described`,
  price_cents: 1390,
  restaurant_name,
  is_open,
});

describe('MenuSearch', () => {
  it('asks once typing pauses, with the words trimmed, and links each dish to its restaurant', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MenuSearch />, {
      session: null,
      mocks: [
        {
          request: { query: SEARCH_MENU, variables: { query: 'tika masala', limit: SEARCH_LIMIT } },
          result: { data: { search_menu: [hit(19, 'Chicken tikka masala', 4, 'Curry House'), hit(21, 'Chana masala', 4, 'Curry House', false)] } },
        },
      ],
    });
    await user.type(screen.getByRole('searchbox', { name: 'Search dishes and restaurants' }), '  tika   masala ');
    const results = await screen.findByRole('list', { name: 'Search results' });
    const links = within(results).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/restaurants/4', '/restaurants/4']);
    expect(links[0]!.textContent).toMatch(/Chicken tikka masala.*Curry House.*\$13\.90/);
    expect(links[1]!.textContent).toMatch(/Curry House · Closed/);
  });

  it('does not search one letter, and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MenuSearch />, {
      session: null,
      mocks: [{ request: { query: SEARCH_MENU, variables: { query: 'xyzzy', limit: SEARCH_LIMIT } }, result: { data: { search_menu: [] } } }],
    });
    const box = screen.getByRole('searchbox', { name: 'Search dishes and restaurants' });
    await user.type(box, 'x');
    expect(screen.queryByRole('status')).toBeNull();
    await user.type(box, 'yzzy');
    expect((await screen.findByText('Nothing matches “xyzzy”.')).textContent).toBeTruthy();
  });
});
