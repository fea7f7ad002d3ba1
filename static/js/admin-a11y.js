// Django's autocomplete (select2) adds a search box without a label: give it the field's label,
// now and whenever an inline row is added.
(function () {
  function labelSearchBoxes() {
    document.querySelectorAll(".select2-search__field:not([aria-label])").forEach(function (box) {
      var container = box.closest(".select2-container");
      var select = container && container.previousElementSibling;
      var label = select && select.id && document.querySelector('label[for="' + select.id + '"]');
      box.setAttribute("aria-label", label ? label.textContent.replace(/:\s*$/, "").trim() : "Search");
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    labelSearchBoxes();
    new MutationObserver(labelSearchBoxes).observe(document.body, {childList: true, subtree: true});
  });
})();
