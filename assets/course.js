// Accessibility touch-ups for the theme's markup, run on every page.
// The sidebar's expand/collapse toggles are <summary> elements holding only an icon:
// give each a name that says which section it opens.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("details > summary").forEach(function (summary) {
    if (summary.textContent.trim() || summary.hasAttribute("aria-label")) return;
    var link = summary.parentElement && summary.parentElement.parentElement &&
      summary.parentElement.parentElement.querySelector(":scope > a");
    var name = link ? link.textContent.trim() : "section";
    summary.setAttribute("aria-label", "Show or hide pages in " + name);
  });
});

// The widget manager is 3.6 MB of script: load it only when a widget view comes near the screen
// (or before printing), so a lesson's text appears at once and a reader who never reaches a
// widget never downloads it. _config.yml lists the manager's scripts (nb_ipywidgets_js) with a
// type browsers do not run; here they are started in that order, each after the one before.
(function () {
  var LAZY = "text/x-course-lazy";
  var pending = null;
  function loadWidgets() {
    if (pending) return pending;
    var scripts = Array.prototype.slice.call(document.querySelectorAll('script[type="' + LAZY + '"]'));
    pending = scripts.reduce(function (previous, lazy) {
      return previous.then(function () {
        return new Promise(function (resolve, reject) {
          var script = document.createElement("script");
          script.src = lazy.src;
          script.onload = resolve;
          script.onerror = function () { reject(new Error("could not load " + lazy.src)); };
          lazy.replaceWith(script);
        });
      });
    }, Promise.resolve());
    return pending;
  }
  window.courseLoadWidgets = loadWidgets;
  function start() {
    var views = document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]');
    if (!views.length) return;
    window.addEventListener("beforeprint", loadWidgets);
    if (!("IntersectionObserver" in window)) { loadWidgets(); return; }
    // Start a good screen ahead of the first view, so it is drawn by the time the reader gets there.
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) { observer.disconnect(); loadWidgets(); }
    }, { rootMargin: "1200px 0px" });
    Array.prototype.forEach.call(views, function (view) { observer.observe(view.parentElement); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
