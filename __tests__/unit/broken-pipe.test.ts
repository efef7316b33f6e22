import { EventEmitter } from "node:events";
import { exitQuietlyOnBrokenPipe } from "@/scripts/broken-pipe";

describe("exitQuietlyOnBrokenPipe (npm run match | head)", () => {
  const errorWith = (code: string) => Object.assign(new Error(`write ${code}`), { code });

  it("exits 0 when the reader closed the pipe (EPIPE)", () => {
    const stream = new EventEmitter();
    const exit = jest.fn();
    exitQuietlyOnBrokenPipe(stream, exit);
    stream.emit("error", errorWith("EPIPE"));
    expect(exit).toHaveBeenCalledWith(0);
  });

  it("still fails on any other write error", () => {
    const stream = new EventEmitter();
    const exit = jest.fn();
    exitQuietlyOnBrokenPipe(stream, exit);
    expect(() => stream.emit("error", errorWith("ENOSPC"))).toThrow("write ENOSPC");
    expect(exit).not.toHaveBeenCalled();
  });
});
