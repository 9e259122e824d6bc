// A real SMTP server (npm smtp-server) on loopback for the delivery tests.
// Prints {"listening":port} once, then one JSON line per received message:
// {"from":..., "to":[...], "user":..., "raw":"<base64 of the message as received>"}.
// AUTH PLAIN/LOGIN is accepted for the user and password given as arguments (without TLS, as on a test machine).
'use strict';
const { SMTPServer } = require('smtp-server');

const [user, password] = process.argv.slice(2);
const server = new SMTPServer({
  authOptional: !user,
  allowInsecureAuth: true,
  disabledCommands: ['STARTTLS'],
  authMethods: ['PLAIN', 'LOGIN'],
  onAuth(auth, session, callback) {
    if (auth.username === user && auth.password === password) {
      return callback(null, { user: auth.username });
    }
    return callback(new Error('Invalid username or password'));
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      process.stdout.write(JSON.stringify({
        from: session.envelope.mailFrom && session.envelope.mailFrom.address,
        to: session.envelope.rcptTo.map((r) => r.address),
        user: session.user || null,
        raw: Buffer.concat(chunks).toString('base64'),
      }) + '\n');
      callback();
    });
  },
  logger: false,
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ listening: server.server.address().port }) + '\n');
});
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
