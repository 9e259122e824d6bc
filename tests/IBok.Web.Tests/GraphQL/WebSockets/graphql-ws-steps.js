// Drives the real graphql-ws client (npm graphql-ws over npm ws) one step at a time, for tests that change something
// on the server between two operations of the same connection (revoke the credential the handshake carried).
// Usage: node graphql-ws-steps.js <ws-url> <handshake-headers-json>
// The socket opens at once (lazy: false) with the headers on its handshake (e.g. {"X-Api-Key":"ibok_…"}).
// Every line on stdin is one operation, {"name":"…","query":"…"}, subscribed at once; stdin's end disposes the client.
// Prints one JSON line per event: {"event":"connected"}, {"event":"closed","code","reason"}, and per operation
// {"operation","event":"next"|"error"|"complete","payload"|"code","reason"}; exits 0 once stdin has ended and every
// operation has ended.
'use strict';

const readline = require('readline');
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const [url, headersJson] = process.argv.slice(2);
const headers = JSON.parse(headersJson);

class HeaderWebSocket extends WebSocket {
  constructor(address, protocols) {
    super(address, protocols, { headers });
  }
}

function report(line) {
  process.stdout.write(JSON.stringify(line) + '\n');
}

const client = createClient({
  url,
  webSocketImpl: HeaderWebSocket,
  retryAttempts: 0,
  lazy: false,
  onNonLazyError: () => {}, // Reported by the closed event and by the operations' error sinks.
  on: {
    connected: () => report({ event: 'connected' }),
    closed: (event) => report({ event: 'closed', code: event.code, reason: event.reason }),
  },
});

function run(operation) {
  return new Promise((resolve) => {
    client.subscribe(
      { query: operation.query },
      {
        next: (payload) => report({ operation: operation.name, event: 'next', payload }),
        error: (error) => {
          if (Array.isArray(error)) {
            report({ operation: operation.name, event: 'error', payload: error });
          } else if (error && typeof error.code === 'number') {
            report({ operation: operation.name, event: 'error', code: error.code, reason: error.reason });
          } else {
            report({ operation: operation.name, event: 'error', message: String(error && error.message ? error.message : error) });
          }
          resolve();
        },
        complete: () => {
          report({ operation: operation.name, event: 'complete' });
          resolve();
        },
      },
    );
  });
}

async function main() {
  const running = [];
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line.trim().length > 0) {
      running.push(run(JSON.parse(line)));
    }
  }

  await Promise.all(running);
  await client.dispose();
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
    process.exit(1);
  },
);
