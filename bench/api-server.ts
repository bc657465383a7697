/**
 * The API under test in a process of its own, as a Lambda instance or the local server runs it:
 * the bench's load generator and its DynamoDB floor run in another. Started by app-under-test.ts
 * over an IPC channel, in the environment the bench stack set; it counts its DynamoDB calls and
 * answers what it counted when asked.
 */
import { currentLogFields } from '../functions/log.js';
import type { TCallCounts, TRecordedCall } from './dynamodb-calls.js';

export type TServerRequest = { id: number; ask: 'counts' | 'reset' | 'record' | 'recorded' | 'stop' };
export type TServerAnswer =
  | { kind: 'ready'; port: number }
  | { kind: 'answer'; id: number; counts?: TCallCounts; calls?: TRecordedCall[] };

const { dynamodb } = await import('../functions/db/client.js');
const { countDynamoDbCalls } = await import('./dynamodb-calls.js');
const { serveLocal } = await import('../functions/local/server.js');
const { freePort } = await import('../functions/local/ports.js');

const send = (answer: TServerAnswer) => process.send?.(answer);
const requestId = () => {
  const id = currentLogFields().requestId;
  return typeof id === 'string' ? id : undefined;
};
const counter = countDynamoDbCalls(dynamodb, requestId);
const port = await freePort();
const server = serveLocal({ port, webRoot: 'web/dist' });
// Longer than the client's idle sockets live: on a busy machine the server's 5 s default closed
// kept-alive sockets as fetch reused them (ECONNRESET between the bench's steps).
if ('keepAliveTimeout' in server) server.keepAliveTimeout = 60_000;

process.on('message', (request: TServerRequest) => {
  const answer = (fields: Omit<Extract<TServerAnswer, { kind: 'answer' }>, 'kind' | 'id'> = {}) =>
    send({ kind: 'answer', id: request.id, ...fields });
  if (request.ask === 'counts') answer({ counts: counter.counts() });
  else if (request.ask === 'reset') answer(void counter.reset());
  else if (request.ask === 'record') answer(void counter.startRecording());
  else if (request.ask === 'recorded') answer({ calls: counter.stopRecording() });
  // The bench waits for the exit, at which a CPU profile (--cpu-prof) is written.
  else process.exit(0);
});
server.once('listening', () => send({ kind: 'ready', port }));
