// presslens report: filter and sort every table in place (no library, no network).
(function () {
  "use strict";
  function cellValue(row, index) {
    var cell = row.cells[index];
    return cell ? (cell.getAttribute("data-sort") || cell.textContent.trim()) : "";
  }
  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y) && /^-?[\d.,]+%?$/.test(a) && /^-?[\d.,]+%?$/.test(b)) return x - y;
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
  }
  function sortable(table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, index) {
      th.addEventListener("click", function () {
        var asc = !th.classList.contains("pl-sorted-asc");
        Array.prototype.forEach.call(heads, function (h) {
          h.classList.remove("pl-sorted-asc", "pl-sorted-desc");
        });
        th.classList.add(asc ? "pl-sorted-asc" : "pl-sorted-desc");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r, s) {
          var d = compare(cellValue(r, index), cellValue(s, index));
          return asc ? d : -d;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
  function filterable(input) {
    var table = document.getElementById(input.getAttribute("data-table"));
    if (!table) return;
    input.addEventListener("input", function () {
      var needle = input.value.toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var hit = !needle || row.textContent.toLowerCase().indexOf(needle) >= 0;
        row.classList.toggle("pl-hidden", !hit);
      });
    });
  }
  document.querySelectorAll("table.pl-data").forEach(sortable);
  document.querySelectorAll("input.pl-filter").forEach(filterable);
})();
