// Small enhancements for every page, kept out of the HTML: the
// Content-Security-Policy allows no inline script or handler.
document.addEventListener("change", (event) => {
  const select = event.target.closest("select[data-submit-on-change]");
  if (select) select.form.submit();
});
document.addEventListener("click", (event) => {
  const back = event.target.closest("a[data-history-back]");
  if (back && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});
