// Lab L3's real 1:N search: while it runs, ask the server for its status every 300 ms and move the
// progress bar; when it ends, reload the page, which shows the result. Without JavaScript the page
// shows the status at each reload and offers a link to reload it.
(function () {
  'use strict';

  var POLL_MS = 300;

  function poll(box, bar, label) {
    fetch(box.dataset.src, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) { return; }
        bar.value = s.percent;
        bar.textContent = s.percent + ' %';
        bar.setAttribute('aria-valuetext', s.percent + ' %');
        label.textContent = s.label;
        if (s.finished) {
          window.location.reload();
        } else {
          window.setTimeout(function () { poll(box, bar, label); }, POLL_MS);
        }
      })
      .catch(function () {
        window.setTimeout(function () { poll(box, bar, label); }, POLL_MS * 10);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('scan-status');
    if (!box || box.dataset.finished === 'true') { return; }
    poll(box, document.getElementById('scan-progress'), document.getElementById('scan-label'));
  });
})();
