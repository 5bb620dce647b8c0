/**
 * The dashboard's side of the load generator's HTTP control (load-generator/control-http.ts).
 * The generator runs server-side; the browser only starts, stops and reads its counters.
 */
export interface LoadGeneratorStatus {
  running: boolean;
  ordersPerMinute: number;
  customers: number;
  startedAt: string | null;
  placed: number;
  paid: number;
  delivered: number;
  failed: number;
  inFlight: number;
  errors: number;
  lastError: string | null;
}

export interface StartRequest {
  ordersPerMinute: number;
  customers: number;
}

export const RATE_LIMITS = { minOrdersPerMinute: 1, maxOrdersPerMinute: 600, minCustomers: 1, maxCustomers: 50 } as const;

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export class LoadGeneratorApi {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {}

  status(): Promise<LoadGeneratorStatus> {
    return this.call('GET', '/status');
  }

  start(request: StartRequest): Promise<LoadGeneratorStatus> {
    return this.call('POST', '/start', request);
  }

  stop(): Promise<LoadGeneratorStatus> {
    return this.call('POST', '/stop');
  }

  private async call(method: string, path: string, body?: unknown): Promise<LoadGeneratorStatus> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new Error('The load generator cannot be reached.');
    }
    const payload = (await response.json().catch(() => ({}))) as { error?: string };
    if (!response.ok) throw new Error(payload.error ?? `HTTP ${response.status}`);
    return payload as LoadGeneratorStatus;
  }
}
