import { csvLine } from "@/lib/domain/audit/csv";
import { holdTightHeapGrowth } from "@/lib/security/heap-growth";

/**
 * A CSV download streamed from keyset batches: the body is a ReadableStream that reads the next batch
 * only when the client has taken the previous one, so the server holds one batch whatever the size of
 * the export, and a cancelled download stops reading. `onEnd` learns how it ended and how many rows went.
 * While it streams, the server collects garbage more eagerly (lib/security/heap-growth.ts).
 */
export function csvDownload<T>(options: {
  filename: string;
  header: readonly string[];
  batches: AsyncGenerator<T[]>;
  toCells: (row: T) => ReadonlyArray<string | number | null | undefined>;
  onEnd: (how: "finished" | "failed" | "aborted", rows: number) => Promise<void>;
}): Response {
  const { batches, toCells } = options;
  // Released however the download ends (finished, failed, cancelled): see heap-growth.ts.
  const release = holdTightHeapGrowth();
  const onEnd: typeof options.onEnd = async (how, rows) => {
    release();
    await options.onEnd(how, rows);
  };
  const encoder = new TextEncoder();
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvLine(options.header)));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) {
          await onEnd("finished", sent);
          controller.close();
          return;
        }
        sent += next.value.length;
        controller.enqueue(encoder.encode(next.value.map((row) => csvLine(toCells(row))).join("")));
      } catch (error) {
        await onEnd("failed", sent).catch(() => undefined);
        controller.error(error);
      }
    },
    async cancel() {
      release();
      await batches.return(undefined);
      await onEnd("aborted", sent);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${options.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
