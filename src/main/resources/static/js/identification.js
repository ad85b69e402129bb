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
        // The formula is drawn last and thickest, so the simulated curve never hides it.
        draw(el, [c.thresholds, c.fpir, c.fnir, c.analyticFpir], [
          { label: el.dataset.x },
          { label: el.dataset.fpir, stroke: '#7a1f1f', width: 2, points: { show: true, size: 6 } },
          { label: el.dataset.fnir, stroke: '#116b2f', width: 2, dash: [2, 3], scale: 'fnir' },
          { label: el.dataset.analytic, stroke: '#002b80', width: 3, dash: [10, 5] }
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
        // Each simulated point comes from a sample of searches, so it wobbles: the band, sent with
        // the data, is where 95 % of such samples fall around the formula (1.96 binomial standard
        // errors for the number of searches the data name).
        var hi = g.bandHigh, lo = g.bandLow;
        el.replaceChildren();
        new uPlot({
          width: width(el), height: 320,
          scales: { x: { time: false, distr: 3 } },
          series: [
            { label: el.dataset.x },
            { label: el.dataset.band, stroke: '#8a9bb8', width: 1 },
            { label: el.dataset.band, stroke: '#8a9bb8', width: 1 },
            { label: el.dataset.fpir, stroke: '#7a1f1f', width: 0, points: { show: true, size: 9, fill: '#7a1f1f' } },
            { label: el.dataset.analytic, stroke: '#002b80', width: 3 }
          ],
          bands: [{ series: [1, 2], fill: 'rgba(0, 43, 128, 0.15)' }],
          axes: [{ label: el.dataset.x }, { label: el.dataset.fpir }]
        }, [g.sizes, hi, lo, g.fpir, g.analyticFpir], el);
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
