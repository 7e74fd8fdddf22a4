/** The tool's version, as in package.json: shown by --version and recorded in every evaluation file. */
export const TOOL_VERSION = "0.1.0";
