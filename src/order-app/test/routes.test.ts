import { describe, expect, it } from 'vitest';
import { matchRoute, paths, requiredRole } from '../src/routing/routes.js';

describe('routes', () => {
  it('matches every screen and builds the same paths back', () => {
    expect(matchRoute('/')).toEqual({ name: 'restaurants' });
    expect(matchRoute(paths.menu(3))).toEqual({ name: 'menu', restaurantId: 3 });
    expect(matchRoute(paths.checkout(3))).toEqual({ name: 'checkout', restaurantId: 3 });
    expect(matchRoute('/orders', '?page=3')).toEqual({ name: 'orders', page: 3 });
    const id = '6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
    expect(matchRoute(paths.order(id))).toEqual({ name: 'order', orderId: id });
    expect(matchRoute(paths.receipt(id))).toEqual({ name: 'receipt', orderId: id });
    expect(matchRoute(paths.addresses())).toEqual({ name: 'addresses' });
    expect(matchRoute(paths.kitchen())).toEqual({ name: 'kitchen' });
    expect(matchRoute(paths.deliveries())).toEqual({ name: 'deliveries' });
  });

  it('treats malformed ids and pages as not found or page 1', () => {
    expect(matchRoute('/orders/not-a-uuid').name).toBe('not-found');
    expect(matchRoute('/restaurants/abc').name).toBe('not-found');
    expect(matchRoute('/orders', '?page=-2')).toEqual({ name: 'orders', page: 1 });
  });

  it('only follows local "next" links after login', () => {
    expect(matchRoute('/login', '?next=%2Forders')).toEqual({ name: 'login', next: '/orders' });
    expect(matchRoute('/login', '?next=https%3A%2F%2Fevil.example')).toEqual({ name: 'login', next: null });
    expect(matchRoute('/login', '?next=%2F%2Fevil.example')).toEqual({ name: 'login', next: null });
  });

  it('requires the role each screen is for', () => {
    expect(requiredRole({ name: 'restaurants' })).toBeNull();
    expect(requiredRole({ name: 'order', orderId: 'x' })).toBe('customer');
    expect(requiredRole({ name: 'receipt', orderId: 'x' })).toBe('customer');
    expect(requiredRole({ name: 'addresses' })).toBe('customer');
    expect(requiredRole({ name: 'kitchen' })).toBe('restaurant');
    expect(requiredRole({ name: 'deliveries' })).toBe('agent');
  });
});
