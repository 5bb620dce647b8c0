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
