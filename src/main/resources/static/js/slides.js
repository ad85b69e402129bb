/*
 * ConsentLab slides: the server renders every slide; this script only chooses which one shows.
 * One script for both views. Each ".track" holds one child per slide (the presenter's "next" track
 * adds an end marker); the child at index current + data-offset is shown. The audience and the
 * presenter window of a deck follow each other over a BroadcastChannel named after the deck, which
 * needs no server and works offline in the same browser.
 */
(function () {
  'use strict';

  var body = document.body;
  var count = parseInt(body.dataset.count, 10) || 0;
  if (!body.dataset.deck || count < 1) {
    return;
  }
  var tracks = Array.prototype.slice.call(document.querySelectorAll('.track'));
  var counters = Array.prototype.slice.call(document.querySelectorAll('.counter'));
  var counterText = body.dataset.counter || '{n}';
  var channel = 'BroadcastChannel' in window ? new BroadcastChannel('consentlab-slides:' + body.dataset.deck) : null;
  var current = -1;

  function fromHash() {
    var n = parseInt(window.location.hash.replace(/^#(slide-)?/, ''), 10);
    return isNaN(n) ? 0 : n - 1;
  }

  function show(index, tell) {
    index = Math.max(0, Math.min(count - 1, index));
    if (index === current) {
      return;
    }
    current = index;
    tracks.forEach(function (track) {
      var wanted = current + (parseInt(track.dataset.offset, 10) || 0);
      Array.prototype.forEach.call(track.children, function (child, i) {
        child.classList.toggle('current', i === wanted);
      });
      track.scrollTop = 0;
    });
    counters.forEach(function (counter) {
      counter.textContent = counterText.replace('{n}', String(current + 1));
    });
    if (history.replaceState) {
      history.replaceState(null, '', '#' + (current + 1));
    }
    if (tell && channel) {
      channel.postMessage({ slide: current });
    }
  }

  var actions = {
    next: function () { show(current + 1, true); },
    prev: function () { show(current - 1, true); },
    first: function () { show(0, true); },
    last: function () { show(count - 1, true); },
    fullscreen: function () {
      if (document.fullscreenElement) {
        document.exitFullscreen();
      } else if (document.documentElement.requestFullscreen) {
        // A browser may refuse (a kiosk, an iframe); the slide stays as it is.
        var request = document.documentElement.requestFullscreen();
        if (request && request.catch) {
          request.catch(function () {});
        }
      }
    },
    'reset-timer': function () { timer.reset(); }
  };

  var keys = {
    ArrowRight: 'next', PageDown: 'next', ' ': 'next',
    ArrowLeft: 'prev', PageUp: 'prev',
    Home: 'first', End: 'last', f: 'fullscreen'
  };

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) {
      return;
    }
    var target = event.target;
    var typing = target.closest && target.closest('input, textarea, select, [contenteditable]');
    var pressable = target.closest && target.closest('button, a');
    var action = keys[event.key];
    if (event.key === ' ' && event.shiftKey) {
      action = 'prev';
    }
    // Space and Enter on a focused button or link keep their usual meaning.
    if (!action || typing || (pressable && event.key === ' ')) {
      return;
    }
    if (action === 'fullscreen' && !body.classList.contains('audience')) {
      return;
    }
    event.preventDefault();
    actions[action]();
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-go]');
    if (button && actions[button.dataset.go]) {
      actions[button.dataset.go]();
    }
  });

  window.addEventListener('hashchange', function () { show(fromHash(), true); });

  if (channel) {
    channel.onmessage = function (event) {
      var data = event.data || {};
      if (data.hello) {
        // A window of this deck has just opened: tell it where the talk is.
        channel.postMessage({ slide: current });
      } else if (typeof data.slide === 'number') {
        show(data.slide, false);
      }
    };
  }

  var timer = (function () {
    var element = document.querySelector('[data-timer]');
    var started = Date.now();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    function tick() {
      var seconds = Math.floor((Date.now() - started) / 1000);
      var hours = Math.floor(seconds / 3600);
      var text = two(Math.floor(seconds / 60) % 60) + ':' + two(seconds % 60);
      element.textContent = hours > 0 ? hours + ':' + text : text;
    }
    if (element) {
      tick();
      window.setInterval(tick, 1000);
    }
    return { reset: function () { started = Date.now(); if (element) { tick(); } } };
  }());

  body.classList.add('js');
  show(fromHash(), false);
  if (channel) {
    channel.postMessage({ hello: true });
  }
}());
