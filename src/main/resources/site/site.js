// The reading switch remembers the reader's choice; the copy-link button appears where the browser can copy.
(function () {
  var key = "geopress-mode";
  try {
    var saved = localStorage.getItem(key);
    if (saved && document.getElementById(saved)) document.getElementById(saved).checked = true;
    document.querySelectorAll("input.mode").forEach(function (input) {
      input.addEventListener("change", function () { localStorage.setItem(key, input.id); });
    });
  } catch (e) { /* storage may be off: the switch still works for this page */ }
  document.querySelectorAll("button.share-copy").forEach(function (button) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.dataset.url).then(function () { button.textContent = "已复制 Copied"; });
    });
  });
})();
