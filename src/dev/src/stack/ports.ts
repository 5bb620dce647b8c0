import { createServer } from 'node:net';

/** Whether something already listens on 127.0.0.1:`port`. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Fails with every taken port and the variable that moves it, before anything starts. */
export async function assertPortsFree(ports: ReadonlyArray<{ port: number; variable: string; what: string }>): Promise<void> {
  const taken: string[] = [];
  await Promise.all(
    ports.map(async ({ port, variable, what }) => {
      if (!(await isPortFree(port))) taken.push(`port ${port} (${what}) is in use: stop what listens there or set ${variable}`);
    }),
  );
  if (taken.length > 0) throw new Error(taken.sort().join('\n'));
}
