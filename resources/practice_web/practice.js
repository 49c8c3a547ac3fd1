// Report the page's state to the practice server after every change, and once when painted.
// Each page defines collect() -> object; the server writes what it receives to the state file.
"use strict";

function report() {
  const state = Object.assign({ page: document.body.dataset.page, ready: true }, collect());
  // Reports can overtake each other on the way; the server keeps only the newest.
  state.reported_at = performance.timeOrigin + performance.now();
  return fetch("/state", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(state),
  });
}

function track() {
  for (const type of ["input", "change", "click", "keyup"]) {
    // After the page's own handlers have run, so the report shows their effect.
    document.addEventListener(type, () => setTimeout(report, 0));
  }
  // Two frames and a pause: the first report means "shown and painted".
  window.addEventListener("load", () =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(report, 300))),
  );
}
