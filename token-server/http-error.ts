/** The error body every failing route answers: `{ error: { code, message } }`. Nothing secret goes in it. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** A failure with the status, machine-readable code and message the client gets. */
export class HttpError extends Error {
  override readonly name = 'HttpError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  get body(): ErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}
