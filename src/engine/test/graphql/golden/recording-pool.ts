import type pg from 'pg';

export interface RecordedStatement {
  text: string;
  values: unknown[];
}

/**
 * Wraps a pool so every statement the engine sends (through `pool.query` or a checked-out
 * client) is recorded, for the golden files.
 */
export function recordingPool(pool: pg.Pool, log: RecordedStatement[]): pg.Pool {
  // A statement is a text with values, or a config object (`{text, values}`, named when prepared).
  const record = (text: unknown, values: unknown) => {
    if (typeof text === 'string') log.push({ text, values: (values as unknown[] | undefined) ?? [] });
    else if (typeof text === 'object' && text !== null && typeof (text as { text?: unknown }).text === 'string') {
      const config = text as { text: string; values?: unknown[] };
      log.push({ text: config.text, values: config.values ?? [] });
    }
  };
  return new Proxy(pool, {
    get(target, prop, receiver) {
      if (prop === 'query') {
        return (text: unknown, values?: unknown) => {
          record(text, values);
          return target.query(text as string, values as unknown[]);
        };
      }
      if (prop === 'connect') {
        return async () => {
          const client = await target.connect();
          return new Proxy(client, {
            get(c, p, r) {
              if (p === 'query') {
                return (text: unknown, values?: unknown) => {
                  record(text, values);
                  return c.query(text as string, values as unknown[]);
                };
              }
              const v = Reflect.get(c, p, r);
              return typeof v === 'function' ? v.bind(c) : v;
            },
          });
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
