/**
 * jsdom plus the Fetch API classes Node already has. jsdom does not implement Request,
 * which react-router needs on every navigation; Node's Request insists on Node's
 * AbortSignal, so the abort classes come from Node too.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = ['TextEncoder', 'TextDecoder', 'Request', 'Response', 'Headers', 'AbortController', 'AbortSignal', 'ReadableStream'];

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(...args) {
    super(...args);
    for (const name of FROM_NODE) this.global[name] = globalThis[name];
  }
}

module.exports = JsdomWithFetchEnvironment;
