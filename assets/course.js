// Run once the page's markup is parsed (at once when it already is: this file is deferred).
function whenReady(start) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
}

// The page's edition: the Chinese pages say 中文 words where this script writes any.
var COURSE_ZH = /^zh/.test(document.documentElement.lang);

// Accessibility touch-ups for the theme's markup, run on every page.
// The sidebar's expand/collapse toggles are <summary> elements holding only an icon:
// give each a name that says which section it opens.
whenReady(function () {
  document.querySelectorAll("details > summary").forEach(function (summary) {
    if (summary.textContent.trim() || summary.hasAttribute("aria-label")) return;
    var link = summary.parentElement && summary.parentElement.parentElement &&
      summary.parentElement.parentElement.querySelector(":scope > a");
    var name = link ? link.textContent.trim() : (COURSE_ZH ? "本节" : "section");
    summary.setAttribute("aria-label", COURSE_ZH ? "展开或收起“" + name + "”下的页面" : "Show or hide pages in " + name);
  });
});

// The widget manager is 3.6 MB of script: load it only when a widget view comes near the screen
// (or before printing), so a lesson's text appears at once and a reader who never reaches a
// widget never downloads it. _config.yml lists the manager's scripts (nb_ipywidgets_js) with a
// type browsers do not run; here they are started together: inserted scripts with async = false
// download side by side and still run in their order.
(function () {
  var LAZY = "text/x-course-lazy";
  var pending = null;
  function loadWidgets() {
    if (pending) return pending;
    var scripts = Array.prototype.slice.call(document.querySelectorAll('script[type="' + LAZY + '"]'));
    pending = Promise.all(scripts.map(function (lazy) {
      return new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.async = false;
        script.src = lazy.src;
        script.onload = resolve;
        script.onerror = function () { reject(new Error("could not load " + lazy.src)); };
        lazy.replaceWith(script);
      });
    }));
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
  whenReady(start);
})();

// Glossary terms: the definition (the link's title, written at build time from data/glossary.csv)
// opens as a tip on hover, on keyboard focus and on a first tap on a touch screen, where a title
// tooltip never shows. A second tap, or the tip's own link, opens the glossary entry.
// Screen readers get the definition as the link's description.
(function () {
  // openBeforeTap: which tip was open when the finger came down; a tap also fires mouseenter and
  // focus (which open the tip) before its click, so the click must not look at the tip as it is then.
  var tip, current = null, lastPointer = "mouse", openBeforeTap = null;
  function hide() {
    if (tip) tip.hidden = true;
    current = null;
  }
  function makeTip() {
    // Made on first use: an empty link in every page would be a link to nowhere for crawlers.
    tip = document.createElement("div");
    tip.className = "course-term-tip";
    tip.setAttribute("role", "tooltip");
    tip.hidden = true;
    tip.innerHTML = '<span class="course-term-text"></span> <a class="course-term-more">' +
      (COURSE_ZH ? "在术语表中查看" : "Open in the glossary") + '</a>';
    document.body.appendChild(tip);
  }
  function show(link) {
    if (!tip) makeTip();
    current = link;
    tip.querySelector(".course-term-text").textContent = link.dataset.definition;
    tip.querySelector("a").href = link.href;
    tip.hidden = false;
    var box = link.getBoundingClientRect();
    var width = Math.min(352, document.documentElement.clientWidth - 16);
    tip.style.width = width + "px";
    var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
  }
  function start() {
    var links = document.querySelectorAll('a.reference[href*="#term-"][title]');
    if (!links.length) return;
    Array.prototype.forEach.call(links, function (link, i) {
      link.dataset.definition = link.title;
      link.removeAttribute("title");  // one tip, not the browser's as well
      var description = document.createElement("span");
      description.id = "course-term-" + i;
      description.className = "visually-hidden";
      description.textContent = link.dataset.definition;
      link.after(description);
      link.setAttribute("aria-describedby", description.id);
      link.addEventListener("mouseenter", function () { show(link); });
      link.addEventListener("focus", function () { show(link); });
      link.addEventListener("click", function (event) {
        var touch = (event.pointerType || lastPointer) === "touch";
        if (touch && openBeforeTap !== link) { event.preventDefault(); show(link); }
      });
    });
    document.addEventListener("pointerdown", function (event) {
      lastPointer = event.pointerType;
      openBeforeTap = current;
      if (current && !tip.contains(event.target) && !event.target.closest('a[href*="#term-"]')) hide();
    }, true);
    document.addEventListener("mouseover", function (event) {
      if (lastPointer === "mouse" && current && !tip.contains(event.target) && !current.contains(event.target)) hide();
    });
    document.addEventListener("focusin", function (event) {
      if (current && event.target !== current && !tip.contains(event.target)) hide();
    });
    document.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });
  }
  whenReady(start);
})();

// Search results quote the text of each page found. Sphinx reads it from the page's main
// region, which in this theme also holds the header bar: without this, every quotation would
// start with the language switch ("English", "中文"). Leave the bar out, as Sphinx leaves out
// heading links. searchtools.js is deferred after this file, so its Search (a global const)
// exists only once every deferred script has run, at DOMContentLoaded.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof Search === "undefined" || typeof Search.htmlToText !== "function") return;
  var htmlToText = Search.htmlToText;
  Search.htmlToText = function (htmlString, anchor) {
    var page = new DOMParser().parseFromString(htmlString, "text/html");
    page.querySelectorAll(".bd-header-article").forEach(function (bar) { bar.remove(); });
    return htmlToText(page.documentElement.outerHTML, anchor);
  };
});
