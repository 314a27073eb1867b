/** Type checking runs once in `npm run typecheck`; jest only transpiles, which keeps the suite fast. */
const transform = {
  "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
};

module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      setupFiles: ["<rootDir>/test/setup/jsdom-globals.cjs"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/testing-library.cjs"],
      transform,
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
    },
  ],
};
