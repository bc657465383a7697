import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/** The yardstick for the API bundle: the smallest Hono Lambda, bundled exactly like ours. */
export const handler = handle(new Hono().get('/', (c) => c.text('ok')));
