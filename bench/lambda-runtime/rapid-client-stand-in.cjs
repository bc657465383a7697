'use strict';
/**
 * The bench's stand-in for the native transport of AWS's Node.js runtime interface client
 * (aws-lambda-ric's `rapid-client.node`, which speaks to Lambda's Runtime API). Preloaded with
 * `--require` before the client's index.mjs, it makes the client's
 * `createRequire(import.meta.url)("./rapid-client.node")` load this module instead (Node's
 * synchronous module hooks, unregistered once used, so the handler's own imports pass no hook),
 * and offers the addon's surface:
 * - next(): the client asks for an invocation once its init is done (the handler imported): the
 *   first call records the process's CPU time, wall time and peak RSS so far (Lambda's init) and
 *   hands over the invocation given as the process's last argument, if any; the next call (the
 *   client waiting for a second invocation) writes the record as one JSON line and ends the process;
 * - done(id, body) and error(id, body, xray): the first invocation's answer or error, with the
 *   process's CPU time through it.
 * It loads only Node built-ins the client has loaded already (module, fs, url).
 */
const { registerHooks } = require('node:module');
const { writeSync } = require('node:fs');
const { pathToFileURL } = require('node:url');

const self = pathToFileURL(__filename).href;
const hooks = registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier !== './rapid-client.node') return nextResolve(specifier, context);
    hooks.deregister();
    return { url: self, format: 'commonjs', shortCircuit: true };
  },
});

const invocation = process.argv.length > 2 ? process.argv.at(-1) : undefined;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const record = {};
let asked = 0;

module.exports = {
  next() {
    asked += 1;
    if (asked === 1) {
      Object.assign(record, {
        initMs: performance.now(),
        initCpuMs: cpuMs(),
        initRssKb: process.resourceUsage().maxRSS,
      });
      if (invocation !== undefined) {
        return Promise.resolve({
          bodyJson: invocation,
          headers: {
            'lambda-runtime-aws-request-id': 'bench',
            'lambda-runtime-deadline-ms': Date.now() + 60_000,
            'lambda-runtime-trace-id': '',
            'lambda-runtime-invoked-function-arn':
              'arn:aws:lambda:ap-southeast-3:123456789012:function:bench',
          },
        });
      }
    }
    writeSync(1, `${JSON.stringify(record)}\n`);
    process.exit(0);
  },
  done(id, body) {
    Object.assign(record, { firstAnswerCpuMs: cpuMs(), requestId: decodeURIComponent(id), answer: body });
  },
  error(id, body) {
    Object.assign(record, { firstAnswerCpuMs: cpuMs(), requestId: decodeURIComponent(id), error: body });
  },
};
