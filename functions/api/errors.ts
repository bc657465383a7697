import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import { AppError, type FieldIssue } from '../../shared/app-error.js';
import { currentLanguage, say } from '../language.js';

/** The JSON body of every error answer. */
export type TErrorBody = {
  error: { code: string; message: string; issues: FieldIssue[]; details: Record<string, unknown> };
};

const invalidInput = { id: 'Masukan tidak valid', en: 'Invalid input' };

/** Turns zod's issues into field issues ("activities.2.budget: …"). */
export function fieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** The validation hook of every route: a 400 that names each bad field. */
export function onValidationError(result: { success: boolean; error?: ZodError; target?: string }) {
  if (!result.success && result.error) {
    const issues = fieldIssues(result.error);
    const summary = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
    throw new AppError('BAD_REQUEST', `${invalidInput[currentLanguage()]}: ${summary.join('; ')}`, {
      issues,
      details: { in: result.target },
    });
  }
}

/** Maps AppError to its status; anything unexpected is logged and answered as a plain 500. */
export function onError(error: Error, c: Context): Response {
  if (error instanceof AppError) {
    const body: TErrorBody = {
      error: { code: error.code, message: error.message, issues: error.issues, details: error.details },
    };
    return c.json(body, error.status as 400);
  }
  if (error instanceof HTTPException) {
    // Hono's own rejections (malformed JSON, unsupported media type) are the client's fault.
    const body: TErrorBody = {
      error: {
        code: 'BAD_REQUEST',
        message: say({
          id: `Permintaan tidak dapat dibaca: ${error.message}`,
          en: `The request cannot be read: ${error.message}`,
        }),
        issues: [],
        details: { status: error.status },
      },
    };
    return c.json(body, error.status);
  }
  console.error('unhandled error', error);
  const body: TErrorBody = {
    error: {
      code: 'INTERNAL',
      message: say({
        id: 'Terjadi kesalahan pada server; silakan coba lagi',
        en: 'Something went wrong on the server; please try again',
      }),
      issues: [],
      details: {},
    },
  };
  return c.json(body, 500);
}
