import https from 'node:https';
import type { Duplex } from 'node:stream';
import type { LiveLimits } from './guard.js';

/**
 * An HTTPS agent with connection and idle timeouts at the socket, for clients that have none of
 * their own (the Azure pipeline's timeout is per whole request): a connection not established
 * within `connectTimeoutMs`, or a socket silent for `requestTimeoutMs`, is destroyed with
 * ETIMEDOUT, which the clients' retry policies retry. The idle time is the agent's own `timeout`,
 * which it sets again on every socket it hands out or takes back (a timeout set by hand would be
 * reset to none when a keep-alive socket returns to the pool).
 */
export function timedHttpsAgent(options: https.AgentOptions, limits: Pick<LiveLimits, 'connectTimeoutMs' | 'requestTimeoutMs'>): https.Agent {
  const agent = new https.Agent({ ...options, timeout: limits.requestTimeoutMs });
  type Create = (...args: unknown[]) => Duplex;
  const create = (agent as unknown as { createConnection: Create }).createConnection.bind(agent);
  (agent as unknown as { createConnection: Create }).createConnection = (...args: unknown[]) => {
    const socket = create(...args);
    const timedOut = (what: string, ms: number) => Object.assign(new Error(`${what} for ${ms} ms`), { code: 'ETIMEDOUT' });
    const connect = setTimeout(() => socket.destroy(timedOut('no connection', limits.connectTimeoutMs)), limits.connectTimeoutMs);
    connect.unref();
    socket.once('secureConnect', () => clearTimeout(connect));
    socket.once('close', () => clearTimeout(connect));
    // The agent only reports the idle time: a request waiting on a silent socket would wait forever.
    socket.on('timeout', () => socket.destroy(timedOut('no data', limits.requestTimeoutMs)));
    return socket;
  };
  return agent;
}
