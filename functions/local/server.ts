import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { app } from '../api/app.js';
import { workbookInProcess } from '../workbook/in-process.js';
import { setWorkbookFunction } from '../workbook/workbook-function.js';

export type LocalServerOptions = { port: number; webRoot: string };

/** Serves the API under /api and the web app (with SPA fallback) on one loopback port. */
export function serveLocal(options: LocalServerOptions) {
  // Locally the API reads and writes workbooks in-process; on AWS a function of their own does.
  setWorkbookFunction(workbookInProcess);
  const web = new Hono()
    .use('/*', serveStatic({ root: options.webRoot }))
    .get('*', serveStatic({ root: options.webRoot, path: 'index.html' }));
  const fetch = (request: Request) =>
    new URL(request.url).pathname.startsWith('/api') ? app.fetch(request) : web.fetch(request);
  return serve({ fetch, port: options.port, hostname: '127.0.0.1' });
}
