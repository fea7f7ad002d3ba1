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

// The rich-text editor (django-prose-editor) edits a hidden <textarea> through a contenteditable box that has
// no name of its own: give it the field's label.
(function () {
  function labelEditors() {
    document.querySelectorAll(".prose-editor [contenteditable]:not([aria-label])").forEach(function (box) {
      var wrapper = box.closest(".prose-editor");
      var textarea = wrapper && (wrapper.querySelector("textarea") || wrapper.parentElement.querySelector("textarea"));
      var label = textarea && textarea.id && document.querySelector('label[for="' + textarea.id + '"]');
      if (label) {
        box.setAttribute("aria-label", label.textContent.replace(/:\s*$/, "").trim());
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    labelEditors();
    new MutationObserver(labelEditors).observe(document.body, {childList: true, subtree: true});
  });
})();
