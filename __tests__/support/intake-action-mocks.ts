/**
 * The intake form's outside boundaries, replaced once for every intake component test: its server
 * actions (they need a session and the database) and Next's router. Import this module FIRST in a test
 * file, before any module that imports an action, so the mocks are registered before the actions load.
 *
 * Suggest and "choose a condition" are left for each test to answer (usually with intake-harness's
 * suggestionFor, the real domain code on the seed evidence); text screening answers like the server,
 * with the real domain code; autosave and discard succeed.
 */

/** The router's push: where the form navigates after a save. */
export const routerPush = jest.fn();

jest.mock("next/navigation", () => ({ useRouter: () => ({ push: routerPush, refresh: jest.fn() }) }));
jest.mock("@/lib/actions/suggest-referral", () => ({ suggestReferralAction: jest.fn() }));
jest.mock("@/lib/actions/suggest-for-condition", () => ({ suggestForConditionAction: jest.fn() }));
jest.mock("@/lib/actions/create-referral", () => ({ createReferralAction: jest.fn() }));
jest.mock("@/lib/actions/save-intake-draft", () => ({
  saveIntakeDraftAction: jest.fn(async () => ({ ok: true, data: { id: "draft-1" } })),
}));
jest.mock("@/lib/actions/screen-intake-text", () => ({
  screenIntakeTextAction: jest.fn((input: unknown) =>
    jest.requireActual<typeof import("./text-screen-mock")>("./text-screen-mock").screenTextLikeTheServer(input),
  ),
}));
jest.mock("@/lib/actions/discard-intake-draft", () => ({
  discardIntakeDraftAction: jest.fn(async () => ({ ok: true, data: { deleted: true } })),
}));
