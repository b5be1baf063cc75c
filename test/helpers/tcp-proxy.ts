/**
 * A small TCP proxy for fault tests: it forwards a loopback port to Neo4j's Bolt port and can delay
 * every chunk (a slow link), swallow traffic while keeping sockets open (a half-open link), refuse
 * new connections, or cut every open connection.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

export type ProxyMode = 'pass' | 'blackhole' | 'refuse';

export interface TcpProxy {
  port: number;
  uri: string;
  /** Milliseconds added to every chunk in both directions. */
  setDelay(ms: number): void;
  setMode(mode: ProxyMode): void;
  /** Destroys every open connection (as a crash or a network cut would). */
  cutAll(): void;
  connections(): number;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let delay = 0;
  let mode: ProxyMode = 'pass';
  const sockets = new Set<Socket>();

  const pipe = (from: Socket, to: Socket) => {
    from.on('data', (chunk) => {
      if (mode === 'blackhole') return;
      if (delay === 0) to.write(chunk);
      else setTimeout(() => to.writable && to.write(chunk), delay);
    });
  };

  const server: Server = createServer((client) => {
    if (mode === 'refuse') {
      client.destroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    pipe(client, upstream);
    pipe(upstream, client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    uri: `bolt://127.0.0.1:${port}`,
    setDelay: (ms) => {
      delay = ms;
    },
    setMode: (m) => {
      mode = m;
    },
    cutAll: () => {
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    connections: () => sockets.size / 2,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
