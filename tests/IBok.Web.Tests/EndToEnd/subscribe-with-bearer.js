// Subscribes with the real graphql-ws client (npm graphql-ws over npm ws), authenticated by a bearer token in the
// WebSocket handshake, as an API client of the running server does; used by the end-to-end tests.
// Usage: node subscribe-with-bearer.js <ws-url> <bearer-token> <query>
// Prints one JSON line per event: {"event":"connected"}, {"event":"next","payload":...}, {"event":"error",...},
// and exits 0 after the first result.
'use strict';

const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const [url, token, query] = process.argv.slice(2);

class BearerWebSocket extends WebSocket {
  constructor(address, protocols) {
    super(address, protocols, { headers: { Authorization: `Bearer ${token}` } });
  }
}

function report(line) {
  process.stdout.write(JSON.stringify(line) + '\n');
}

const client = createClient({
  url,
  webSocketImpl: BearerWebSocket,
  retryAttempts: 0,
  lazy: false,
  on: { connected: () => report({ event: 'connected' }) },
});

new Promise((resolve) => {
  const unsubscribe = client.subscribe(
    { query },
    {
      next: (payload) => {
        report({ event: 'next', payload });
        unsubscribe();
        resolve();
      },
      error: (error) => {
        report({ event: 'error', message: String(error && (error.reason || error.message) ? error.reason || error.message : JSON.stringify(error)) });
        resolve();
      },
      complete: () => resolve(),
    },
  );
})
  .then(() => client.dispose())
  .then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
      process.exit(1);
    },
  );
