/**
 * Turns a stream of output chunks into whole lines, each prefixed with the name of the
 * part that wrote it, so interleaved output from several children stays readable.
 */
export class PrefixedLines {
  private pending = '';

  constructor(
    private readonly prefix: string,
    private readonly write: (line: string) => void,
    private readonly keep: (line: string) => boolean = () => true,
  ) {}

  push(chunk: string | Buffer): void {
    const text = this.pending + chunk.toString();
    const lines = text.split(/\r?\n/);
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.emit(line);
  }

  /** Writes a last line that did not end with a newline. */
  flush(): void {
    if (this.pending) this.emit(this.pending);
    this.pending = '';
  }

  private emit(line: string): void {
    if (line.trim() === '' || !this.keep(line)) return;
    this.write(`${this.prefix} ${line}`);
  }
}

/** Names padded to one width, so the output lines up in columns. */
export function prefixFor(name: string, width = 13): string {
  return `${name.padEnd(width)}|`;
}
