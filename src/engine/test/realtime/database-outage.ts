import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP relay in front of the test Postgres, so a test can take the database away from an
 * engine the way an outage does: `cut()` drops every open connection and stops listening, so
 * reconnects fail with `connect ECONNREFUSED 127.0.0.1:<port>`; `restore()` listens again on
 * the same port. Nothing about Postgres is simulated: the bytes go to the real server.
 */
export class DatabaseOutage {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private port = 0;

  private constructor(private readonly target: { host: string; port: number }) {}

  /** Starts relaying to the host and port of `databaseUrl`. */
  static async start(databaseUrl: string): Promise<DatabaseOutage> {
    const url = new URL(databaseUrl);
    const outage = new DatabaseOutage({ host: url.hostname, port: Number(url.port || 5432) });
    await outage.listen();
    return outage;
  }

  /** `databaseUrl` with its host and port replaced by the relay's. */
  urlFor(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  get listeningPort(): number {
    return this.port;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async restore(): Promise<void> {
    if (!this.server) await this.listen();
  }

  async stop(): Promise<void> {
    await this.cut();
  }

  private listen(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      client.pipe(upstream);
      upstream.pipe(client);
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        server.off('error', reject);
        this.port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  }
}
