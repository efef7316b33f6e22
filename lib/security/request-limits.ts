/**
 * The largest server-action body accepted, in bytes: next.config.js `serverActions.bodySizeLimit`
 * ("256kb", as Next counts it: 256 x 1024), which a unit test keeps equal to this. Intake and evidence
 * forms stay far below it (their fields have length limits); anything larger is not a real form.
 */
export const ACTION_BODY_LIMIT_BYTES = 256 * 1024;
