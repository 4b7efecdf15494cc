// Keyboard-first review. Every shortcut has a button or link that works without it.
(function () {
  "use strict";
  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }
  function rows() { return Array.from(document.querySelectorAll("[data-row]")); }
  function select(delta) {
    const all = rows();
    if (!all.length) return;
    let i = all.findIndex((r) => r.classList.contains("selected"));
    i = Math.min(Math.max(i + delta, 0), all.length - 1);
    all.forEach((r) => r.classList.remove("selected"));
    all[i].classList.add("selected");
    all[i].scrollIntoView({ block: "nearest" });
    const link = all[i].querySelector("a");
    if (link) link.focus({ preventScroll: true });
  }
  function openSection(id, focusSelector) {
    const section = document.getElementById(id);
    if (!section) return false;
    if (section.tagName === "DETAILS") section.open = true;
    section.scrollIntoView({ block: "start" });
    const field = section.querySelector(focusSelector || "input, select, textarea, button");
    if (field) field.focus();
    return true;
  }
  function submit(id) {
    const form = document.getElementById(id);
    if (form) { form.requestSubmit ? form.requestSubmit() : form.submit(); return true; }
    return false;
  }
  const help = () => document.getElementById("shortcuts");
  const keys = {
    n: () => submit("next-case"),
    j: () => select(1),
    k: () => select(-1),
    e: () => openSection("escalate", "input"),
    i: () => openSection("request-information", "textarea"),
    d: () => openSection("decide", "select"),
    a: () => submit("approve-first"),
    "?": () => { const h = help(); if (h) (h.open ? h.close() : h.showModal()); return true; },
  };
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey && event.key === "Enter" && typing(event.target) && event.target.form) {
      event.preventDefault();
      event.target.form.requestSubmit();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const action = keys[event.key];
    if (action && action() !== false) event.preventDefault();
  });
  document.addEventListener("click", function (event) {
    const button = event.target.closest("[data-reveal]");
    if (!button) return;
    event.preventDefault();
    const media = document.getElementById(button.dataset.reveal);
    if (media) {
      media.classList.add("revealed");
      button.hidden = true;
    }
  });
})();
