// Loaded before the ipywidgets HTML manager on pages with widgets (see _config.yml).
// The manager's bundled fonts are fetched relative to the module name
// "@jupyter-widgets/html-manager/dist"; map that name to the copy this site serves,
// so nothing is requested from a CDN or from a wrong relative path.
(function () {
  var script = document.currentScript;
  var staticRoot = script ? script.src.replace(/widgets-config\.js(\?.*)?$/, "") : "_static/";
  // Every bundled module ("@jupyter-widgets/<name>", and "@jupyter-widgets/html-manager/dist/…")
  // derives the font folder from its own module address, and which one loads first varies:
  // map both forms so that folder is always the vendored one (require.js uses the longest match).
  var here = staticRoot + "vendor/html-manager";
  window.require.config({
    paths: {
      "@jupyter-widgets/html-manager/dist": here,
      "@jupyter-widgets": here,
    },
  });
})();

// ipywidgets draws a slider's description as a <label> that is not tied to the slider
// handle, so screen readers would announce an unnamed slider. Name each handle after
// its label as the widgets render.
(function () {
  function nameHandles() {
    document.querySelectorAll(".widget-slider").forEach(function (slider) {
      var label = slider.querySelector(".widget-label");
      var handle = slider.querySelector("[role=slider]");
      if (label && handle && !handle.hasAttribute("aria-label")) {
        handle.setAttribute("aria-label", label.textContent.trim());
      }
      var readout = slider.querySelector(".widget-readout");
      if (readout && !readout.hasAttribute("aria-label")) {
        readout.setAttribute("aria-label", label ? label.textContent.trim() + " (value)" : "value");
      }
    });
  }
  // Screen readers announce a slider's aria-valuetext: make it the value as the readout shows it
  // ("60,000", "2 %"), not the step number noUiSlider puts there.
  function describeValues() {
    document.querySelectorAll(".widget-slider").forEach(function (slider) {
      var handle = slider.querySelector("[role=slider]");
      var readout = slider.querySelector(".widget-readout");
      var shown = readout ? readout.textContent.trim() : "";
      if (handle && shown && handle.getAttribute("aria-valuetext") !== shown) {
        handle.setAttribute("aria-valuetext", shown);
      }
    });
  }
  new MutationObserver(function () { nameHandles(); describeValues(); }).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["aria-valuetext"] });
})();
