import S3rver from 's3rver';

export type S3ServerOptions = { port: number; directory: string };

export type S3Server = { endpoint: string; stop: () => Promise<void> };

/** Starts the S3-compatible server (s3rver) in this process, on loopback, storing under `directory`. */
export async function startS3Server(options: S3ServerOptions): Promise<S3Server> {
  const server = new S3rver({
    port: options.port,
    address: '127.0.0.1',
    directory: options.directory,
    silent: true,
  });
  const { port } = await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
