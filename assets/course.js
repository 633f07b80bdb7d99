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
