// Stryker runs the unit project only: lib/domain is pure, and its behaviour is stated by the unit tests.
// (Integration and component tests are slow and exercise the domain through other layers.)
const allProjects = require("./jest.config.js");

module.exports = async () => {
  const { projects } = await allProjects();
  const unit = projects.find((p) => p.displayName === "unit");
  if (!unit) throw new Error("jest.config.js has no unit project");
  // A custom config is one project, not a list of them: drop the project's name.
  // The sequencer loads only the test files that hold a test covering the mutant (see the file).
  return {
    ...unit,
    displayName: undefined,
    testSequencer: require.resolve("./__tests__/support/mutation-test-sequencer.js"),
    // Stops a mutant run at its first failing test, as Stryker asks (see the file).
    testEnvironment: require.resolve("./__tests__/support/mutation-bail-environment.js"),
  };
};
