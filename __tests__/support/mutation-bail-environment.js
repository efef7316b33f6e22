// Test environment for Stryker's mutant runs (jest.mutation.config.js only): once a test has failed in a
// mutant run, the mutant is killed, so the remaining tests of that run are skipped. Stryker asks every
// runner to stop at the first failure (its `disableBail` is off), but jest cannot bail from its API and
// ran every covering test of every killed mutant (the property tests alone take seconds). A surviving
// mutant still runs all of its covering tests, so which mutants survive does not change.
// The run's state is reset by mutation-test-sequencer.js at the start of each jest run.
const { TestEnvironment } = require("jest-environment-node");

const STATE = Symbol.for("massagerx.mutationRun");

class MutationBailEnvironment extends TestEnvironment {
  async handleTestEvent(event, state) {
    const run = globalThis[STATE];
    if (run?.bail) {
      if (event.name === "test_start" && run.failed) event.test.mode = "skip";
      if (event.name === "test_done" && event.test.errors.length > 0) run.failed = true;
    }
    if (super.handleTestEvent) await super.handleTestEvent(event, state);
  }
}

module.exports = MutationBailEnvironment;
module.exports.STATE = STATE;
