// Progressive enhancement: column headers of tables marked "sortable" become buttons that sort
// the rows. Without JavaScript the tables are complete and in their published order.
// Suppressed cells ([c]) always sort after published values, so order never hints at them.
(function () {
  "use strict";
  function value(cell) {
    var raw = cell.getAttribute("data-value");
    if (raw === null) return { text: cell.textContent.trim().toLowerCase() };
    if (raw === "") return { hidden: true };
    return { number: parseFloat(raw) };
  }
  function compare(a, b, direction) {
    if (a.hidden || b.hidden) return a.hidden === b.hidden ? 0 : (a.hidden ? 1 : -1);
    if (a.number !== undefined && b.number !== undefined) return direction * (a.number - b.number);
    return direction * String(a.text).localeCompare(String(b.text));
  }
  function enhance(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = header.textContent;
      header.textContent = "";
      header.appendChild(button);
      header.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.setAttribute("aria-sort", "none"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var order = compare(value(a.cells[column]), value(b.cells[column]), ascending ? 1 : -1);
          return order !== 0 ? order : a.cells[0].textContent.localeCompare(b.cells[0].textContent);
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), enhance);
  });
})();
