/**
 * Errors raised while compiling an operation, carrying Hasura's code and JSON path
 * (`$.selectionSet.author.args.where`). They become `{message, extensions: {path, code}}`.
 */
export class CompileError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export class ValidationError extends CompileError {
  constructor(message: string, path: string) {
    super(message, path, 'validation-failed');
  }
}

export class NotSupportedError extends CompileError {
  constructor(message: string, path: string) {
    super(message, path, 'not-supported');
  }
}
