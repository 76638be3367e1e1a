// The admin's autocomplete boxes (select2) are named by their field's label: select2 names its box
// after the current choice only, which leaves an empty box without a name for a screen reader.
window.addEventListener("load", function () {
  document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
    var label = document.querySelector('label[for="' + select.id + '"]');
    var box = select.parentNode.querySelector(".select2-selection[aria-labelledby]");
    if (!label || !box) return;
    label.id = label.id || select.id + "_label";
    var shown = box.getAttribute("aria-labelledby").split(" ").pop();
    box.setAttribute("aria-labelledby", label.id + " " + shown);
    var rendered = document.getElementById(shown);  // the choice shown, a textbox of its own
    if (rendered) rendered.setAttribute("aria-labelledby", label.id + " " + shown);
  });
});
