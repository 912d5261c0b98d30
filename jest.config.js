/** Jest runs the TypeScript sources directly through ts-jest's ESM preset. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  // End-to-end tests spawn the CLI; on a loaded shared machine one spawn can take seconds.
  testTimeout: 60_000,
  roots: ['<rootDir>/tests'],
  // One temporary root for the run, removed at its end (tests/support/temp-root.js).
  globalSetup: '<rootDir>/tests/support/temp-root-setup.js',
  globalTeardown: '<rootDir>/tests/support/temp-root-teardown.js',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
};
