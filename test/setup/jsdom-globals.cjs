// jsdom leaves out the WHATWG encoding globals that browsers and Node both have; the pane's code
// (and the .xlsx reader the preview shares with it) uses them as a browser would.
const { TextDecoder, TextEncoder } = require("node:util");
if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = TextDecoder;
if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = TextEncoder;
