/**
 * The one place that writes log lines, as one JSON object per line (CloudWatch Logs Insights reads
 * the fields). Written to stderr directly, not through console.*, which Lambda's JSON log format
 * would wrap as a string. Powertools Logger can take its place here without touching callers.
 */

type TFields = Record<string, unknown>;

/** An error as plain data: name, message, stack, AWS's status and request id, and its causes. */
function describeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return { message: String(error) };
  const metadata = '$metadata' in error ? error.$metadata : undefined;
  return {
    name: error.name,
    message: error.message,
    ...('code' in error && { code: error.code }),
    ...(metadata !== undefined && { awsMetadata: metadata }),
    stack: error.stack,
    ...(error.cause !== undefined && depth < 5 && { cause: describeError(error.cause, depth + 1) }),
  };
}

/** Logs a failure with its cause chain and whatever identifies the work (request, event). */
export function logError(message: string, error: unknown, fields: TFields = {}): void {
  const line = {
    level: 'ERROR',
    timestamp: new Date().toISOString(),
    message,
    ...fields,
    error: describeError(error),
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}
