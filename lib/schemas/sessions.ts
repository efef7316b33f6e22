import { z } from "zod";

/** "Sign out this device" on "Your sessions": the session's id (checked to be the caller's own). */
export const endSessionSchema = z.object({ sessionId: z.string().trim().min(1).max(64) });
export type EndSessionInput = z.infer<typeof endSessionSchema>;
