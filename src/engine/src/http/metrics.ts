import { AuthError } from '../auth/auth-error.js';
import { authorizeMetrics, type AuthSettings } from '../auth/authenticate.js';
import type { RequestHeaders } from '../auth/headers.js';

/** Prometheus text from the parts that have counters (event delivery, ...), concatenated. */
export type MetricsProvider = () => string;

export class MetricsRegistry {
  private readonly providers: MetricsProvider[] = [];

  register(provider: MetricsProvider): void {
    this.providers.push(provider);
  }

  text(): string {
    return this.providers
      .map((provider) => {
        try {
          const text = provider();
          return text.endsWith('\n') || text === '' ? text : text + '\n';
        } catch (error) {
          return `# metrics provider failed: ${String(error).replace(/\n/g, ' ')}\n`;
        }
      })
      .join('');
  }
}

export interface MetricsResponse {
  status: number;
  contentType: string;
  body: string;
}

/**
 * GET /metrics (and /v1/metrics, Hasura EE's path): the Prometheus text for admin or the
 * metrics secret (see `authorizeMetrics`), else Hasura's `{path, error, code}` with 401.
 */
export function metricsResponse(headers: RequestHeaders, auth: AuthSettings, registry: MetricsRegistry): MetricsResponse {
  try {
    authorizeMetrics(headers, auth);
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return { status: error.status, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ path: '$', error: error.message, code: error.code }) };
  }
  return { status: 200, contentType: 'text/plain; version=0.0.4; charset=utf-8', body: registry.text() };
}
