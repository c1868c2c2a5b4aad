// selfeval serve: sorting summary tables by a column, and the print button. No other script runs on the pages.
(function () {
  'use strict';
  function value(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.getAttribute('data-value');
    if (raw === null) { raw = cell.textContent.trim(); }
    return numeric ? parseFloat(raw) : raw;
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      if (!th.hasAttribute('data-sort')) { return; }
      th.setAttribute('tabindex', '0');
      function sort() {
        var numeric = th.getAttribute('data-sort') === 'number';
        var descending = th.getAttribute('aria-sort') !== 'descending';
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = value(a, index, numeric), y = value(b, index, numeric);
          var c = numeric ? x - y : String(x).localeCompare(String(y), 'zh-CN');
          return descending ? -c : c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
    });
  });
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
}());
