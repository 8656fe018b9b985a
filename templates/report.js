(function () {
  "use strict";
  var box = document.getElementById("filters");
  if (!box) { return; }
  box.hidden = false;
  var ids = ["f-severity", "f-rule", "f-source"];
  var get = function (id) { return document.getElementById(id); };
  function apply() {
    var s = get("f-severity").value, r = get("f-rule").value, src = get("f-source").value, shown = 0;
    var items = document.querySelectorAll("section.finding");
    for (var i = 0; i < items.length; i++) {
      var el = items[i], sources = [];
      try { sources = JSON.parse(el.getAttribute("data-sources") || "[]"); } catch (e) { sources = []; }
      var ok = (!s || el.getAttribute("data-severity") === s) && (!r || el.getAttribute("data-rule") === r) &&
               (!src || sources.indexOf(src) >= 0);
      el.hidden = !ok;
      if (ok) { shown++; }
    }
    get("f-count").textContent = shown + " of " + items.length + (items.length === 1 ? " finding" : " findings") +
      " shown";
  }
  ids.forEach(function (id) { get(id).addEventListener("change", apply); });
  get("f-reset").addEventListener("click", function () {
    ids.forEach(function (id) { get(id).value = ""; });
    apply();
  });
  apply();
})();
