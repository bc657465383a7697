import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { route, routes } from './route.js';
import { changeErrorResponses, errorResponses, jsonResponse, ZAgencyParamsSchema } from './schemas/common.js';

const ZNoteSchema = z.object({ text: z.string() });
const common = { tag: 'settings', summary: 'A note', params: ZAgencyParamsSchema } as const;

describe('a route of the signed-in API', () => {
  it('asks for the bearer token and answers a read’s errors', () => {
    const read = route({
      ...common,
      operationId: 'getNote',
      method: 'get',
      path: '/agencies/{agencyId}/note',
      response: { 200: jsonResponse(ZNoteSchema, 'The note') },
    });
    expect(read.security).toEqual([{ bearer: [] }]);
    expect(read.tags).toEqual(['settings']);
    expect(read.request.body).toBeUndefined();
    expect(Object.keys(read.responses).sort()).toEqual(['200', ...Object.keys(errorResponses)].sort());
  });

  it('takes a change’s JSON body, required, and answers its stale (409) and locked (423) errors too', () => {
    const change = route({
      ...common,
      operationId: 'saveNote',
      method: 'put',
      path: '/agencies/{agencyId}/note',
      body: ZNoteSchema,
      response: { 201: jsonResponse(ZNoteSchema, 'Saved') },
    });
    expect(change.request.body).toEqual({
      required: true,
      content: { 'application/json': { schema: ZNoteSchema } },
    });
    expect(Object.keys(change.responses).sort()).toEqual(
      ['201', ...Object.keys(changeErrorResponses)].sort(),
    );
  });

  it('is declared by method and path under its file’s tag, or another it names', () => {
    const route = routes('settings');
    const note = route.get('/agencies/{agencyId}/note', {
      operationId: 'getNote',
      summary: 'A note',
      params: ZAgencyParamsSchema,
      response: { 200: jsonResponse(ZNoteSchema, 'The note') },
    });
    const audit = route.get('/agencies/{agencyId}/note/audit', {
      operationId: 'getNoteTimeline',
      tag: 'audit',
      summary: 'A note’s timeline',
      params: ZAgencyParamsSchema,
      response: { 200: jsonResponse(ZNoteSchema, 'The events') },
    });
    expect([note.method, note.path, note.tags]).toEqual(['get', '/agencies/{agencyId}/note', ['settings']]);
    expect(audit.tags).toEqual(['audit']);
  });
});
