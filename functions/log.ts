import { AsyncLocalStorage } from 'node:async_hooks';
import { systemClock } from './clock.js';
import { config } from './config.js';
import { originalStack } from './source-stack.js';

/**
 * The one place that writes log lines: one JSON object per line, in the shape of Powertools
 * Logger (level, message, timestamp, then fields), which CloudWatch Logs Insights reads field by
 * field. Every line carries the fields of the work it belongs to — the request id, and the
 * agency, year, quarter or outbox event it is about — set once with `withLogFields` where the
 * work starts (a request, a stream record, a sweep). Written to stdout directly, not through
 * console.*, which Lambda's JSON log format would wrap as a string. Powertools Logger itself
 * weighs ~23 KB and ~60 ms of cold import (see ARCHITECTURE.md); this is the same shape in 80 lines.
 */

export type TLogFields = Record<string, unknown>;
export type TLogLevel = 'debug' | 'info' | 'warn' | 'error';
export type TLogSink = (line: string) => void;

const levels: Record<TLogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const workFields = new AsyncLocalStorage<TLogFields>();

/** Runs `work` with `fields` on every line it logs (and every metric it publishes), beside those set around it. */
export function withLogFields<R>(fields: TLogFields, work: () => R): R {
  return workFields.run({ ...workFields.getStore(), ...fields }, work);
}

/** The fields of the work running now. */
export const currentLogFields = (): TLogFields => workFields.getStore() ?? {};

/** An error as plain data: name, message, stack, AWS's status and request id, and its causes. */
function describeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return { message: String(error) };
  const metadata = '$metadata' in error ? error.$metadata : undefined;
  return {
    name: error.name,
    message: error.message,
    ...('code' in error && { code: error.code }),
    ...(metadata !== undefined && { awsMetadata: metadata }),
    stack: error.stack && originalStack(error.stack),
    ...(error.cause !== undefined && depth < 5 && { cause: describeError(error.cause, depth + 1) }),
  };
}

/** A logger writing to `sink` the lines at `level` and above. */
export function createLog(sink: TLogSink, level: TLogLevel) {
  const write = (lineLevel: TLogLevel, message: string, fields: TLogFields) => {
    if (levels[lineLevel] < levels[level]) return;
    const line = {
      level: lineLevel.toUpperCase(),
      timestamp: systemClock.now(),
      message,
      stage: config.STAGE,
      ...currentLogFields(),
      ...fields,
    };
    sink(JSON.stringify(line));
  };
  return {
    /** Whether lines at `lineLevel` are written (metrics are written with info). */
    enabled: (lineLevel: TLogLevel) => levels[lineLevel] >= levels[level],
    debug: (message: string, fields: TLogFields = {}) => write('debug', message, fields),
    info: (message: string, fields: TLogFields = {}) => write('info', message, fields),
    warn: (message: string, fields: TLogFields = {}) => write('warn', message, fields),
    /** A failure with its cause chain. */
    error: (message: string, error: unknown, fields: TLogFields = {}) =>
      write('error', message, { ...fields, error: describeError(error) }),
    /** A line as it is (CloudWatch's embedded metric format), with the work's fields beside it. */
    raw: (line: TLogFields) => {
      if (levels.info >= levels[level]) sink(JSON.stringify({ ...currentLogFields(), ...line }));
    },
  };
}

export type TLog = ReturnType<typeof createLog>;

/** The process's log: stdout, from LOG_LEVEL on. */
export const log: TLog = createLog((line) => process.stdout.write(`${line}\n`), config.LOG_LEVEL);

/** Logs a failure with its cause chain and whatever identifies the work (request, event). */
export const logError = log.error;
