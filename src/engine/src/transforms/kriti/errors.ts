/**
 * Kriti's errors as Hasura reports them (kriti-lang `Kriti.Error`): a code such as
 * `Parse Error`, a message, and the source span (lines from 0, columns from 1, end exclusive).
 */
export interface Span {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export type KritiErrorCode = 'Parse Error' | 'Type Error' | 'Range Error' | 'Function Error' | 'Name Error' | 'Attribute Error' | 'Index Error';

export class KritiError extends Error {
  constructor(
    readonly code: KritiErrorCode,
    message: string,
    readonly span: Span,
  ) {
    super(message);
  }

  /** The JSON Hasura puts in `internal` of a failed transform. */
  toJSON(): Record<string, unknown> {
    return {
      error_code: this.code,
      message: this.message,
      source_position: {
        start_line: this.span.startLine,
        start_column: this.span.startColumn,
        end_line: this.span.endLine,
        end_column: this.span.endColumn,
      },
    };
  }
}

export function joinSpans(a: Span, b: Span): Span {
  return { startLine: a.startLine, startColumn: a.startColumn, endLine: b.endLine, endColumn: b.endColumn };
}
