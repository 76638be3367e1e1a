// Live preview and SMS count of a notification template as the dispatcher types.
// The server does the counting (messaging.outbox.segments), so this file only asks and shows.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const body = document.querySelector("[data-template-body]");
  const box = document.querySelector("[data-template-preview]");
  if (!body || !box) return;
  const text = box.querySelector("[data-preview-text]");
  const count = box.querySelector("[data-preview-count]");
  let timer = null;
  let latest = 0;
  const refresh = async () => {
    const asked = ++latest;
    const params = new URLSearchParams({ body: body.value, kind: box.dataset.kind, language: box.dataset.language });
    const response = await fetch(`${box.dataset.url}?${params}`, { credentials: "same-origin" });
    if (asked !== latest || !response.ok) return; // a newer keystroke already asked
    const result = await response.json();
    text.textContent = result.text || "";
    count.textContent = result.summary;
    count.style.color = result.errors.length || result.too_long ? "#ba2121" : "";
  };
  body.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 200);
  });
});
