import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { $ZodError } from 'zod/v4/core';
import { AppError, type FieldIssue } from '../../shared/app-error.js';
import { fieldLabel } from '../../shared/field-labels.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import { isDependencyFailure } from '../dependency-failure.js';
import { logError } from '../log.js';

/** The JSON body of every error answer. */
type TErrorBody = {
  error: { code: string; message: string; issues: FieldIssue[]; details: Record<string, unknown> };
};

/** Turns zod's issues into field issues ("activities.2.budget: …"). */
function fieldIssues(error: $ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * The validation hook of every route: a 400 that names each bad field the way the forms do
 * ("Pengingat ke-2: harus berupa angka"); each issue keeps its path for the form to place it.
 */
export function onValidationError(result: { success: boolean; error?: $ZodError; target?: string }) {
  if (!result.success && result.error) throw invalidInput(fieldIssues(result.error), result.target);
}

/** A 400 naming each bad field the way the forms do; `target` says where (json, param, query). */
export function invalidInput(issues: FieldIssue[], target?: string): AppError {
  const summary = issues.map((issue) =>
    issue.path ? `${fieldLabel(issue.path)}: ${issue.message}` : issue.message,
  );
  return new AppError('BAD_REQUEST', `${t(apiMessages).invalidInput}: ${summary.join('; ')}`, {
    issues,
    details: { in: target },
  });
}

/** Seconds a client should wait before retrying when a dependency failed (sent as Retry-After). */
export const retryAfterSeconds = 5;

const where = (c: Context) => ({ method: c.req.method, path: c.req.path });

/**
 * Maps AppError to its status; a failing dependency (timeout, network, throttling, AWS 5xx) to
 * 503 with Retry-After; anything else to a plain 500. Every 5xx is logged with its cause.
 */
export function onError(error: Error, c: Context): Response {
  if (error instanceof HTTPException) {
    // Hono's own rejections (malformed JSON, unsupported media type) are the client's fault.
    const body: TErrorBody = {
      error: {
        code: 'BAD_REQUEST',
        // Hono's own words are English and technical; a 400 here is a body that is not JSON.
        message:
          error.status === 400
            ? t(apiMessages).unreadableJson
            : t(apiMessages).unreadableRequest(error.message),
        issues: [],
        details: { status: error.status },
      },
    };
    return c.json(body, error.status);
  }
  const known =
    error instanceof AppError
      ? error
      : isDependencyFailure(error)
        ? new AppError('UNAVAILABLE', t(apiMessages).dependencyFailed, { cause: error })
        : new AppError('INTERNAL', t(apiMessages).serverFailed, { cause: error });
  if (known.status >= 500) {
    const message = known.code === 'UNAVAILABLE' ? 'a dependency failed' : 'server error';
    logError(message, known.cause ?? known, { ...where(c), status: known.status });
  }
  if (known.code === 'UNAVAILABLE') c.header('Retry-After', String(retryAfterSeconds));
  const body: TErrorBody = {
    error: { code: known.code, message: known.message, issues: known.issues, details: known.details },
  };
  return c.json(body, known.status as 400);
}
