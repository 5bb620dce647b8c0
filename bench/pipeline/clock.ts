/** Epoch milliseconds with sub-millisecond resolution, comparable with Postgres's clock_timestamp(). */
export const now = (): number => performance.timeOrigin + performance.now();

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
