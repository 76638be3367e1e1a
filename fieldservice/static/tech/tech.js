// A form submits once: a second tap while the page is loading does nothing.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form.dataset.sent) { event.preventDefault(); return; }
  form.dataset.sent = "1";
  setTimeout(() => form.querySelectorAll("button").forEach((b) => { b.disabled = true; }), 0);
});

// The job page's conversation panel stays live without ever undoing what the technician is doing.
// Every few seconds it asks the server for the panel (204 when nothing changed) and merges the
// answer in place: the thread is replaced; the card is replaced, except that a reply being edited
// (the open editor, a changed draft, the focus in it) is kept as it is, node and all; focus on a
// reply button moves to the same button of the new card; a new text is read out by screen readers.
(() => {
  const POLL_MS = 3000;
  const panel = document.getElementById("job-panel");
  if (!panel || !panel.dataset.panelUrl || !window.fetch) return;

  // The editor to keep: open, holding a draft that differs from the suggestion, or focused.
  const editorInUse = (card) => {
    const editor = card && card.querySelector("details.editor");
    if (!editor) return null;
    const draft = editor.querySelector("textarea");
    const changed = draft && draft.value !== draft.defaultValue;
    return editor.open || changed || editor.contains(document.activeElement) ? editor : null;
  };

  // How to find the focused element again in fresh markup.
  const focusSelector = () => {
    const active = document.activeElement;
    if (!active || !panel.contains(active)) return null;
    if (active.dataset.reply) return `[data-reply="${active.dataset.reply}"]`;
    if (active.id) return `#${CSS.escape(active.id)}`;
    return null;
  };

  const announce = (text) => {
    const region = document.getElementById("panel-announcer");
    if (!region || !text) return;
    region.textContent = "";
    setTimeout(() => { region.textContent = text; }, 50); // a changed text is read even if equal
  };

  const merge = (fresh) => {
    const focusAgain = focusSelector();
    const hadFocus = document.activeElement;
    const thread = panel.querySelector("#thread");
    const freshThread = fresh.querySelector("#thread");
    if (thread && freshThread) thread.replaceWith(freshThread);

    const slot = panel.querySelector("#prompt-slot");
    const card = slot.querySelector("#prompt-card");
    const freshCard = fresh.querySelector("#prompt-card");
    const newText = freshCard && (!card || card.dataset.message !== freshCard.dataset.message);
    const editor = editorInUse(card);
    if (card && freshCard && editor) {
      // Keep the card element and its editor; bring in everything else.
      card.querySelector(".prompt-body").replaceWith(freshCard.querySelector(".prompt-body"));
      card.className = freshCard.className;
      card.dataset.message = freshCard.dataset.message;
      card.dataset.announce = freshCard.dataset.announce;
    } else if (freshCard) {
      if (card) card.replaceWith(freshCard); else slot.append(freshCard);
    } else if (card && !editor) {
      card.remove();
    }
    if (hadFocus && !document.body.contains(hadFocus) && focusAgain) {
      const same = panel.querySelector(focusAgain);
      if (same) same.focus({ preventScroll: true });
    }
    if (newText) announce(freshCard.dataset.announce);

    // The header's "Customer: running late, expected 2:35 pm" follows what the texts said.
    const state = fresh.querySelector("#live-customer-state");
    const shown = document.getElementById("customer-state");
    if (state && shown) {
      shown.textContent = state.textContent;
      shown.className = `customer-state state-${state.dataset.state}`;
    }
  };

  const poll = async () => {
    if (document.hidden) return;
    const url = `${panel.dataset.panelUrl}?v=${encodeURIComponent(panel.dataset.version || "")}`;
    const response = await fetch(url, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } });
    if (response.status !== 200) return;
    const html = await response.text();
    const fresh = new DOMParser().parseFromString(html, "text/html").getElementById("job-panel");
    if (!fresh) return; // signed out, or an error page: leave the page as it is
    merge(fresh);
    panel.dataset.version = fresh.dataset.version;
  };

  const loop = () => {
    poll().catch(() => {}).finally(() => setTimeout(loop, POLL_MS));
  };
  setTimeout(loop, POLL_MS);
})();
