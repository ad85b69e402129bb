// Lab L3's charts: rates against the threshold, and false positives against the gallery size.
// Data come from the page's own JSON endpoints; labels from the container's data attributes.
(function () {
  'use strict';

  function width(el) {
    return Math.max(280, Math.min(el.clientWidth || 640, 860));
  }

  function draw(el, data, series, axes, scales) {
    el.replaceChildren();
    return new uPlot({ width: width(el), height: 320, scales: scales, series: series, axes: axes }, data, el);
  }

  function thresholdChart(el) {
    fetch(el.dataset.src, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (c) {
        draw(el, [c.thresholds, c.fpir, c.analyticFpir, c.fnir], [
          { label: el.dataset.x },
          { label: el.dataset.fpir, stroke: '#7a1f1f', width: 2 },
          { label: el.dataset.analytic, stroke: '#0b57d0', dash: [6, 4] },
          { label: el.dataset.fnir, stroke: '#116b2f', width: 2, scale: 'fnir' }
        ], [
          { label: el.dataset.x },
          { label: el.dataset.fpir },
          { label: el.dataset.fnir, scale: 'fnir', side: 1, grid: { show: false } }
        ], { x: { time: false } });
      });
  }

  function growthChart(el, threshold) {
    fetch(el.dataset.src + '&threshold=' + encodeURIComponent(threshold), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (g) {
        if (!g) { return; }
        draw(el, [g.sizes, g.fpir, g.analyticFpir], [
          { label: el.dataset.x },
          { label: el.dataset.fpir, stroke: '#7a1f1f', width: 2 },
          { label: el.dataset.analytic, stroke: '#0b57d0', dash: [6, 4] }
        ], [{ label: el.dataset.x }, { label: el.dataset.fpir }], { x: { time: false, distr: 3 } });
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.documentElement.classList.add('js');
    var chart = document.getElementById('threshold-chart');
    if (chart) { thresholdChart(chart); }
    var growth = document.getElementById('growth-chart');
    var form = document.getElementById('growth-form');
    if (growth && form) {
      var input = document.getElementById('growth-threshold');
      growthChart(growth, input.value);
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        growthChart(growth, input.value);
      });
    }
  });
})();
