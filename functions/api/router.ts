import { OpenAPIHono } from '@hono/zod-openapi';
import { onValidationError } from './errors.js';

/** A router whose validation failures become field-level 400s. */
export function createRouter() {
  return new OpenAPIHono({ defaultHook: onValidationError });
}
