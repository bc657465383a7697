import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { onValidationError } from './errors.js';

/** A router whose validation failures become field-level 400s. */
export function createRouter<E extends Env = Env>() {
  return new OpenAPIHono<E>({ defaultHook: onValidationError });
}
