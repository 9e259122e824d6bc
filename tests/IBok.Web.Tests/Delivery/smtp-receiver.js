// A real SMTP server (npm smtp-server) on loopback for the delivery tests.
// Usage: node smtp-receiver.js USER PASSWORD [CERT_PEM KEY_PEM]
// Prints {"listening":port} once, then one JSON line per received message:
// {"from":..., "to":[...], "user":..., "secure":bool, "raw":"<base64 of the message as received>"},
// and one line per closed connection: {"closed":true, "secure":bool, "user":..., "authFailures":n, "mailFrom":n}.
// Without a certificate: no STARTTLS, AUTH PLAIN/LOGIN accepted in clear text (as on a test machine).
// With a certificate: STARTTLS offered, AUTH required and refused before the session is encrypted.
'use strict';
const fs = require('fs');
const { SMTPServer } = require('smtp-server');

const [user, password, certPath, keyPath] = process.argv.slice(2);
const tls = Boolean(certPath && keyPath);
const write = (line) => process.stdout.write(JSON.stringify(line) + '\n');
const counters = new WeakMap();
const countersOf = (session) => {
  if (!counters.has(session)) counters.set(session, { authFailures: 0, mailFrom: 0 });
  return counters.get(session);
};

const server = new SMTPServer({
  authOptional: !tls && !user,
  allowInsecureAuth: !tls,
  disabledCommands: tls ? [] : ['STARTTLS'],
  ...(tls ? { cert: fs.readFileSync(certPath), key: fs.readFileSync(keyPath) } : {}),
  authMethods: ['PLAIN', 'LOGIN'],
  onAuth(auth, session, callback) {
    if (auth.username === user && auth.password === password) {
      return callback(null, { user: auth.username });
    }
    countersOf(session).authFailures++;
    return callback(new Error('Invalid username or password'));
  },
  onMailFrom(address, session, callback) {
    countersOf(session).mailFrom++;
    callback();
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      write({
        from: session.envelope.mailFrom && session.envelope.mailFrom.address,
        to: session.envelope.rcptTo.map((r) => r.address),
        user: session.user || null,
        secure: Boolean(session.secure),
        raw: Buffer.concat(chunks).toString('base64'),
      });
      callback();
    });
  },
  onClose(session) {
    const counted = countersOf(session);
    write({ closed: true, secure: Boolean(session.secure), user: session.user || null, authFailures: counted.authFailures, mailFrom: counted.mailFrom });
  },
  logger: false,
});
server.on('error', (error) => process.stderr.write(`${error.message}\n`));
server.listen(0, '127.0.0.1', () => {
  write({ listening: server.server.address().port });
});
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
