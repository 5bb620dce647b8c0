import { ApolloLink } from '@apollo/client';
import { Observable, type Subscriber } from 'rxjs';

/**
 * A link standing in for the engine's websocket in component tests: each operation, by
 * name, receives the results a test pushes, for as long as it stays subscribed. Queries
 * can be answered the same way.
 */
export interface LiveLink {
  link: ApolloLink;
  push(operationName: string, data: unknown): void;
  fail(operationName: string, message: string): void;
  /** Variables of the latest subscription to an operation. */
  variablesOf(operationName: string): Record<string, unknown> | undefined;
  active(operationName: string): number;
}

export function createLiveLink(): LiveLink {
  const observers = new Map<string, Set<Subscriber<ApolloLink.Result>>>();
  const variables = new Map<string, Record<string, unknown>>();
  const link = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        const name = operation.operationName ?? '';
        variables.set(name, operation.variables);
        const set = observers.get(name) ?? new Set();
        observers.set(name, set);
        set.add(observer);
        return () => set.delete(observer);
      }),
  );
  const each = (name: string, fn: (o: Subscriber<ApolloLink.Result>) => void) => {
    const set = observers.get(name);
    if (!set || set.size === 0) throw new Error(`nothing is subscribed to ${name}`);
    for (const o of [...set]) fn(o);
  };
  return {
    link,
    push: (name, data) => each(name, (o) => o.next({ data: data as Record<string, unknown> })),
    fail: (name, message) => each(name, (o) => o.next({ errors: [{ message, extensions: { code: 'validation-failed' } }] })),
    variablesOf: (name) => variables.get(name),
    active: (name) => observers.get(name)?.size ?? 0,
  };
}
