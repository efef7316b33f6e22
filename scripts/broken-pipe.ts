/**
 * A batch script whose output is piped into `head` (or any reader that stops early) gets EPIPE on its
 * next write. That is the reader saying "enough", not a failure: exit 0 without a stack trace. Any
 * other error on the stream still fails loudly.
 */
export function exitQuietlyOnBrokenPipe(stream: NodeJS.EventEmitter, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") exit(0);
    else throw error;
  });
}
