/**
 * The ribbon's "Hitung Capaian" button is a ShowTaskpane action in the manifest, so this page
 * registers no function: it only has to initialise Office.js when the host loads it.
 */
Office.onReady(() => {
  // Nothing to register: the button opens the task pane by itself.
});
