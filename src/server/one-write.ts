/**
 * The library writes a message's header, waits for that write to finish, then writes the body: two
 * system calls and a turn of the event loop for every response (about half of a hover's time in the
 * server). Held back and joined, the header goes out with its body in one write.
 */
export function oneWritePerMessage(out: NodeJS.WritableStream): NodeJS.WritableStream {
  let header: Buffer | undefined;
  const joined = {
    on: (event: string, listener: (...args: unknown[]) => void) => (out.on(event, listener), joined),
    off: (event: string, listener: (...args: unknown[]) => void) => (out.off(event, listener), joined),
    end: () => out.end(),
    write(data: string | Uint8Array, encoding?: BufferEncoding | ((error?: Error | null) => void), done?: (error?: Error | null) => void): boolean {
      const callback = typeof encoding === 'function' ? encoding : done;
      if (typeof data === 'string') {
        header = Buffer.concat([header ?? Buffer.alloc(0), Buffer.from(data, typeof encoding === 'string' ? encoding : 'utf8')]);
        callback?.();
        return true;
      }
      const message = header ? Buffer.concat([header, data]) : data;
      header = undefined;
      return out.write(message, callback);
    },
  };
  return joined as unknown as NodeJS.WritableStream;
}
