// Test sequencer for Stryker's mutant runs (jest.mutation.config.js only). Why it exists: for each
// mutant Stryker calls jest with `testNamePattern` = the tests that cover the mutant, but jest still loads
// every related test file (and its module graph) just to skip all its tests. On a matcher file that is
// ~30 files per mutant, most of the ~8 s a mutant took. This sequencer drops the files that hold no test
// matching the pattern, so exactly the same tests run and only their files are loaded.
// The test names of each file are recorded from the first run without a pattern (Stryker's dry run,
// which runs every test) in the sandbox's root. A file with no record is always kept.
const fs = require("node:fs");
const path = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;

const RECORD = ".stryker-test-names.json";
// Shared with mutation-bail-environment.js: a run with a name pattern is a mutant run, which may bail.
const RUN_STATE = Symbol.for("massagerx.mutationRun");

function readRecord(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Keeps the tests (files) that hold a test whose full name matches `pattern`, or that were never recorded. */
function filterByRecordedNames(tests, pattern, record) {
  if (!pattern || !record) return tests;
  const matches = new RegExp(pattern, "i"); // as jest-circus matches testNamePattern
  return tests.filter((test) => {
    const names = record[test.path]?.names;
    return !Array.isArray(names) || names.some((name) => matches.test(name));
  });
}

/**
 * Fastest files first: a mutant run stops at its first failure (mutation-bail-environment.js), and the
 * quick, specific unit tests usually fail first; the slow property tests then need not run at all.
 */
function fastestFirst(tests, record) {
  const ms = (test) => record?.[test.path]?.ms ?? Number.POSITIVE_INFINITY;
  return [...tests].sort((a, b) => ms(a) - ms(b));
}

class MutationTestSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.globalConfig = options.globalConfig;
    this.recordFile = path.join(options.globalConfig.rootDir, RECORD);
  }

  sort(tests) {
    globalThis[RUN_STATE] = { bail: Boolean(this.globalConfig.testNamePattern), failed: false };
    const pattern = this.globalConfig.testNamePattern;
    if (!pattern) return super.sort(tests);
    const record = readRecord(this.recordFile);
    return fastestFirst(filterByRecordedNames(tests, pattern, record), record);
  }

  cacheResults(tests, results) {
    super.cacheResults(tests, results);
    if (this.globalConfig.testNamePattern) return; // a filtered run does not see every name of a file
    const record = readRecord(this.recordFile) ?? {};
    for (const file of results.testResults) {
      if (file.testExecError) continue; // a file that failed to load stays unrecorded, so it is always kept
      const names = file.testResults.map((test) => test.fullName);
      record[file.testFilePath] = { names, ms: file.perfStats.end - file.perfStats.start };
    }
    fs.writeFileSync(this.recordFile, JSON.stringify(record));
  }
}

module.exports = MutationTestSequencer;
module.exports.filterByRecordedNames = filterByRecordedNames;
