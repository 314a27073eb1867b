// The pane reads and computes a whole workbook before it shows a result. On a loaded machine that takes longer
// than testing-library's default 1 s wait (a suite of two jest workers beside a build was seen to miss it). A
// text that never appears still fails the test, only later; each pane test file sets its own jest timeout.
const { configure } = require("@testing-library/react");
configure({ asyncUtilTimeout: 15000 });
