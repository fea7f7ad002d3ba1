// Django's autocomplete (select2) adds a search box and a chooser without a label, and the boxes of tabular
// inlines (one row per item, labelled only by the column heading) have none either: give each its field's label,
// now and whenever an inline row is added.
(function () {
  function fieldName(field) {
    var label = field && field.id && document.querySelector('label[for="' + field.id + '"]');
    if (label) return label.textContent.replace(/:\s*$/, "").trim();
    var cell = field && field.closest(".tabular td");
    var heading = cell && cell.closest("table").querySelectorAll("thead th")[cell.cellIndex];
    return heading ? heading.textContent.trim() : "";
  }
  function labelTabularBoxes() {
    document.querySelectorAll(".tabular td input:not([type=hidden]):not([aria-label]), .tabular td select:not([aria-label])")
      .forEach(function (field) {
        if (field.id && document.querySelector('label[for="' + field.id + '"]')) return;
        var name = fieldName(field);
        if (name) field.setAttribute("aria-label", name);
      });
  }
  function labelChoosers() {
    document.querySelectorAll(".select2-search__field:not([aria-label])").forEach(function (box) {
      var container = box.closest(".select2-container");
      box.setAttribute("aria-label", fieldName(container && container.previousElementSibling) || "Search");
    });
    // The closed chooser is named by its rendered choice only, so an empty one has no name: add the label.
    document.querySelectorAll(".select2-selection[role=combobox]:not([aria-label])").forEach(function (box) {
      var container = box.closest(".select2-container");
      var name = fieldName(container && container.previousElementSibling);
      if (!name) return;
      box.setAttribute("aria-label", name);
      var rendered = box.querySelector(".select2-selection__rendered[role=textbox]");
      if (rendered) rendered.setAttribute("aria-label", name);
    });
  }
  function labelAll() {
    labelTabularBoxes();
    labelChoosers();
  }
  document.addEventListener("DOMContentLoaded", function () {
    labelAll();
    new MutationObserver(labelAll).observe(document.body, {childList: true, subtree: true});
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
