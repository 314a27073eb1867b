/**
 * zod probes `new Function` once to decide whether to compile fast parsers; the pane's CSP forbids
 * eval, so the probe would only raise a CSP report. Imported first by every entry that parses.
 */
import { config } from "zod";

config({ jitless: true });
