import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Temporary folders of the whole run in one folder, removed at the end (test/helpers/temp-root.ts).
    globalSetup: ["test/helpers/temp-root.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/core/**/*.test.ts", "test/io/**/*.test.ts", "test/cli/**/*.test.ts"],
          // The wizard and score tests render PDFs in-process: seconds each on a loaded 2-core machine. A
          // deadline is not what these tests check, so it must never be what fails them.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
