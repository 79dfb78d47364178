// Progressive enhancement: every page works without this file; with it, tables sort, rows open by keyboard,
// and a run's progress shows live (GET /api/runs/{id} polled).
(function () {
  'use strict';

  function cellValue(td) {
    var v = (td.getAttribute('data-sort') || td.textContent).trim();
    var n = v.replace(/,/g, '');
    return /^-?\d+(\.\d+)?$/.test(n) ? parseFloat(n) : v;
  }

  function sortable(table) {
    var heads = table.querySelectorAll('thead th');
    heads.forEach(function (th, col) {
      if (th.hasAttribute('data-nosort')) return;
      var label = th.innerHTML;
      th.innerHTML = '';
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'sort';
      b.innerHTML = label;
      th.appendChild(b);
      b.addEventListener('click', function () {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b2) {
          var x = cellValue(a.cells[col]), y = cellValue(b2.cells[col]);
          var r = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y), 'zh');
          return asc ? r : -r;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function poll(box) {
    var url = box.getAttribute('data-run');
    var bar = box.querySelector('progress');
    var text = box.querySelector('.run-text');
    function tick() {
      fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (run) {
          bar.max = Math.max(run.total || 0, 1);
          bar.value = run.done || 0;
          var emp = box.getAttribute('data-employees'), lin = box.getAttribute('data-lines');
          text.textContent = run.status === 'RUNNING'
            ? box.getAttribute('data-running') + ': ' + run.done + ' / ' + run.total + ' ' + emp
            : run.status === 'DONE'
              ? box.getAttribute('data-done') + ': ' + run.employees + ' ' + emp + ', ' + run.lines + ' ' + lin
              : box.getAttribute('data-failed') + ': ' + (run.error || '');
          box.setAttribute('data-status', run.status);
          if (run.status === 'RUNNING') {
            setTimeout(tick, 500);
          } else if (run.status === 'DONE') {
            var next = box.getAttribute('data-next');
            if (next) setTimeout(function () { window.location.replace(next); }, 600);
          }
        })
        .catch(function () { setTimeout(tick, 1500); });
    }
    tick();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('table.sortable').forEach(sortable);
    document.querySelectorAll('[data-run]').forEach(poll);
    document.querySelectorAll('[data-print]').forEach(function (b) {
      b.addEventListener('click', function () { window.print(); });
    });
  });
})();
