/** What went wrong, in words the API's clients can branch on. */
const appErrorStatus = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  LOCKED: 423,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type AppErrorCode = keyof typeof appErrorStatus;

/** One problem with one field of the input, `path` as in zod ("targets.1"). */
export type FieldIssue = { path: string; message: string };

/** A field issue, its message in the reader's language (a message of the catalogue, chosen now). */
export const fieldIssue = (path: string, message: string): FieldIssue => ({ path, message });

/** Issues of a part of the request body as paths of the whole: "targets.1" under `content`, '' as `content`. */
export const issuesUnder = (base: string, issues: readonly FieldIssue[]): FieldIssue[] =>
  issues.map((issue) => ({ ...issue, path: issue.path ? `${base}.${issue.path}` : base }));

export type AppErrorOptions = {
  /** Problems per field, all of them at once. */
  issues?: FieldIssue[];
  /** Extra facts a client may use (the current version, the allowed transitions). */
  details?: Record<string, unknown>;
  cause?: unknown;
};

/** The one error type the API maps to an HTTP status; anything else is a 500. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: FieldIssue[];
  readonly details: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.details = options.details ?? {};
  }

  get status(): number {
    return appErrorStatus[this.code];
  }
}
