// Keep shared search URLs short: htmx leaves out empty form fields.
document.addEventListener("htmx:configRequest", (event) => {
  const parameters = event.detail.parameters;
  for (const [name, value] of Array.from(parameters.entries ? parameters.entries() : Object.entries(parameters))) {
    if (value === "") {
      parameters.delete ? parameters.delete(name) : delete parameters[name];
    }
  }
});

// After htmx swaps content, keyboard and screen-reader users must not be dropped on <body>
// (the next Tab would land in the footer). If the control they used is still on the page,
// focus stays there. Otherwise focus goes to an error summary in the new content, else its
// heading, else the control that replaced the one they used (e.g. the list button).
// Only swaps that took the focus away count: content loaded with the page (hx-trigger=load)
// must not grab the focus.
let focusedBeforeSwap = null;
document.addEventListener("htmx:beforeSwap", () => {
  focusedBeforeSwap = document.activeElement;
});
document.addEventListener("htmx:afterSettle", (event) => {
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) {
    return;
  }
  const before = focusedBeforeSwap;
  focusedBeforeSwap = null;
  const config = event.detail.requestConfig;
  const trigger = config && config.triggeringEvent ? config.triggeringEvent.type : "";
  const lostByUser = before && before !== document.body && !before.isConnected;
  const usedControl = ["submit", "click", "change", "keyup", "input"].includes(trigger);
  if (!lostByUser && !usedControl) {
    return;
  }
  const root = event.detail.elt && event.detail.elt.isConnected
    ? event.detail.elt
    : document.querySelector(event.detail.target ? "#" + event.detail.target.id : "main");
  if (!root) {
    return;
  }
  const target = root.querySelector(".error-summary")
    || root.querySelector("h1, h2")
    || root.querySelector("button, a[href], input, select, textarea")
    || (root.matches("button, a[href], input, select, textarea") ? root : null);
  if (!target) {
    return;
  }
  if (!target.matches("button, a[href], input, select, textarea") && !target.hasAttribute("tabindex")) {
    target.setAttribute("tabindex", "-1");
  }
  target.focus({ preventScroll: false });
});

// The document title follows the content: a swapped fragment may carry data-title.
document.addEventListener("htmx:afterSettle", (event) => {
  const root = event.detail.elt;
  const titled = root && root.isConnected
    ? (root.matches("[data-title]") ? root : root.querySelector("[data-title]"))
    : null;
  if (titled) {
    document.title = titled.getAttribute("data-title");
  }
});
