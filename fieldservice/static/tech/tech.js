// A form submits once: a second tap while the page is loading does nothing.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form.dataset.sent) { event.preventDefault(); return; }
  form.dataset.sent = "1";
  setTimeout(() => form.querySelectorAll("button").forEach((b) => { b.disabled = true; }), 0);
});
