/**
 * A forward proxy on 127.0.0.1 for tests: it tunnels `CONNECT host:port` (how undici, curl and
 * the runner reach HTTPS and HTTP through a proxy) and relays plain `GET http://…` requests.
 * Host names are resolved through `hosts` (so a test can use `api.github.test`, which nothing
 * else resolves, and prove the request went through the proxy), else connected to as given.
 * Optionally it demands Basic credentials, as corporate proxies do.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface ConnectProxy {
  url: string;
  port: number;
  /** `host:port` of every CONNECT, and the absolute URL of every relayed request. */
  seen: string[];
  /** Proxy-Authorization headers received. */
  authorizations: string[];
  close(): Promise<void>;
}

export interface ProxyOptions {
  hosts?: Record<string, string>;
  /** `user:password` the proxy demands; without it any client is let through. */
  credentials?: string;
}

export async function startConnectProxy(options: ProxyOptions = {}): Promise<ConnectProxy> {
  const hosts = options.hosts ?? {};
  const seen: string[] = [];
  const authorizations: string[] = [];
  const sockets = new Set<Socket>();
  const expected = options.credentials
    ? `Basic ${Buffer.from(options.credentials).toString('base64')}`
    : undefined;
  const allowed = (header: string | undefined) => {
    if (header) authorizations.push(header);
    return !expected || header === expected;
  };

  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    if (!allowed(req.headers['proxy-authorization'])) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end();
      return;
    }
    const target = new URL(req.url ?? '/');
    const upstream = httpRequest(
      {
        host: hosts[target.hostname] ?? target.hostname,
        port: target.port || 80,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });

  server.on('connect', (req, client: Socket, head: Buffer) => {
    seen.push(req.url ?? '');
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (!allowed(req.headers['proxy-authorization'])) {
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n\r\n',
      );
      return;
    }
    const [host = '', port = '443'] = (req.url ?? '').split(/:(?=\d+$)/);
    const upstream = connect(Number(port), hosts[host] ?? host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
