// The admin's autocomplete boxes (select2) are named by their field's label: select2 names its box
// after the current choice only, which leaves an empty box without a name for a screen reader.
// Boxes appear when select2 starts (after the page's scripts, in an order not promised) and with
// each inline row added, so each is named as it appears.
(function () {
  function name(box) {
    var select = box.closest(".select2-container") && box.closest(".select2-container").previousElementSibling;
    var label = select && select.id && document.querySelector('label[for="' + select.id + '"]');
    var shown = box.getAttribute("aria-labelledby");
    if (!label || !shown || box.dataset.named) return;
    label.id = label.id || select.id + "_label";
    shown = shown.split(" ").pop();
    box.setAttribute("aria-labelledby", label.id + " " + shown);
    var rendered = document.getElementById(shown);  // the choice shown, a textbox of its own
    if (rendered) rendered.setAttribute("aria-labelledby", label.id + " " + shown);
    box.dataset.named = "yes";
  }
  function nameAll() {
    document.querySelectorAll(".select2-selection[aria-labelledby]").forEach(name);
  }
  new MutationObserver(nameAll).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", nameAll);
  window.addEventListener("load", nameAll);
})();
