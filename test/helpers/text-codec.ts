/**
 * jsdom's test environment has no TextDecoder/TextEncoder, which the .xlsx and .docx code uses: a
 * jsdom test that reads the sample workbook imports this first, before the code that needs them.
 */
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;
