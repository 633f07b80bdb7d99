// Loaded before the ipywidgets HTML manager on pages with widgets (see _config.yml).
// The manager's bundled fonts are fetched relative to the module name
// "@jupyter-widgets/html-manager/dist"; map that name to the copy this site serves,
// so nothing is requested from a CDN or from a wrong relative path.
(function () {
  var script = document.currentScript;
  var staticRoot = script ? script.src.replace(/widgets-config\.js(\?.*)?$/, "") : "_static/";
  window.require.config({
    paths: { "@jupyter-widgets/html-manager/dist": staticRoot + "vendor/html-manager" },
  });
})();
