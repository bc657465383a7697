/** One problem with one field, as the API names it ("indicators.<id>.value"). */
export type TFieldIssue = { path: string; message: string };

/** An answer other than 2xx, with the API's error body parsed (or a network failure, status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: TFieldIssue[];
  readonly details: Record<string, unknown>;

  constructor(status: number, code: string, message: string, issues: TFieldIssue[] = [], details = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.details = details;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the API's `{ error: { code, message, issues, details } }`; tolerates anything else. */
export function errorFromBody(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const issues = Array.isArray(error.issues)
    ? error.issues
        .filter(isRecord)
        .map((issue) => ({ path: String(issue.path), message: String(issue.message) }))
    : [];
  return new ApiError(
    status,
    typeof error.code === 'string' ? error.code : `HTTP_${status}`,
    typeof error.message === 'string' ? error.message : `HTTP ${status}`,
    issues,
    isRecord(error.details) ? error.details : {},
  );
}

/** Any failure as an ApiError (status 0): what the error display and the forms read. */
export const toApiError = (error: unknown, code = 'CLIENT'): ApiError =>
  error instanceof ApiError
    ? error
    : new ApiError(0, code, error instanceof Error ? error.message : String(error));
