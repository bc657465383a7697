import { describe, expect, it } from 'vitest';
import { runtimeRecord } from '../../bench/cold-start.js';

const init = { initMs: 120, initCpuMs: 45, initRssKb: 51_000 };
/** A process's outcome as spawnSync gives it: the stand-in's record is its last line of stdout. */
const exited = (record: object | undefined, { status = 0, logged = '' } = {}) => ({
  status,
  stdout: `${logged}${record ? `${JSON.stringify(record)}\n` : ''}`,
  stderr: status === 0 ? '' : 'Error: connect ECONNREFUSED 127.0.0.1:1',
});
const answered = (answer: object) => ({
  ...init,
  firstAnswerCpuMs: 60,
  requestId: 'bench',
  answer: JSON.stringify(answer),
});

describe('the record of a start behind Lambda’s runtime client (rapid-client-stand-in.cjs)', () => {
  it('is taken from the last line, after what the function logged', () => {
    const logged = '{"level":"INFO","message":"started"}\n';
    expect(runtimeRecord(exited(answered({ statusCode: 401 }), { logged }), {})).toMatchObject({
      initCpuMs: 45,
      firstAnswerCpuMs: 60,
    });
    expect(runtimeRecord(exited(init, { logged }))).toEqual(init);
  });

  it('is refused when the function did not start, with what the client logged of its init error', () => {
    const logged = '{"level":"ERROR","message":"Init Error","errorType":"Runtime.HandlerNotFound"}\n';
    expect(() => runtimeRecord(exited(undefined, { status: 1, logged }))).toThrow(
      /did not start behind the runtime client \(exit 1\)[\s\S]*Runtime\.HandlerNotFound[\s\S]*ECONNREFUSED/,
    );
    // The process ended before the client asked for an invocation (a handler ending it at import).
    expect(() => runtimeRecord(exited(undefined))).toThrow(
      /did not start behind the runtime client \(exit 0\)/,
    );
  });

  it('is refused when the first invocation failed: an error, a 5xx, a batch item failed, no answer', () => {
    const error = JSON.stringify({ errorType: 'Error', errorMessage: 'no' });
    expect(() => runtimeRecord(exited({ ...init, firstAnswerCpuMs: 60, error }), {})).toThrow(
      /the first invocation failed: .*"errorMessage":"no"/,
    );
    expect(() => runtimeRecord(exited(answered({ statusCode: 503 })), {})).toThrow(/first invocation failed/);
    expect(() =>
      runtimeRecord(exited(answered({ batchItemFailures: [{ itemIdentifier: '1' }] })), {}),
    ).toThrow(/first invocation failed/);
    expect(() => runtimeRecord(exited(init), {})).toThrow(/the first invocation was not answered/);
    expect(runtimeRecord(exited(answered({ batchItemFailures: [] })), {})).toMatchObject({ initCpuMs: 45 });
  });
});
