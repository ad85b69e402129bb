// The Digital Credentials API transport (OpenID4VP 1.0 Appendix A). The form carries the request
// the server signed (one entry of digital.requests, as JSON) and the origin it names. On submit
// (a click: the API needs the user's gesture) the browser's wallet is asked through
// navigator.credentials.get; what it hands back (protocol and data) is posted, with the form's CSRF
// token, to the verifier, whose JSON answer is shown. Without the API the button says so and the
// verifier's link and QR code remain.
(function () {
  'use strict';

  function show(id) {
    var element = document.getElementById(id);
    if (element) { element.hidden = false; }
  }

  function supported(protocol) {
    if (typeof window.DigitalCredential === 'undefined' || !navigator.credentials) { return false; }
    var allows = window.DigitalCredential.userAgentAllowsProtocol;
    return typeof allows !== 'function' || allows.call(window.DigitalCredential, protocol);
  }

  function report(result, text) {
    result.textContent = text;
  }

  function post(form, credential, result, button) {
    var body = new URLSearchParams(new FormData(form));
    body.set(form.dataset.protocolField, credential.protocol);
    body.set(form.dataset.dataField, JSON.stringify(credential.data));
    return fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      body: body
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (response.ok) {
          window.location.reload();
          return;
        }
        result.dataset.code = answer.code || '';
        report(result, answer.detail + (answer.code ? ' (' + answer.code + ', ' + answer.section + ')' : ''));
        button.disabled = false;
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('dc-api-form');
    if (!form) { return; }
    var button = document.getElementById('dc-api-open');
    var result = document.getElementById('dc-api-result');
    var request = JSON.parse(form.dataset.request);
    if (!window.isSecureContext) {
      button.disabled = true;
      show('dc-api-insecure');
      return;
    }
    if (!supported(request.protocol)) {
      button.disabled = true;
      show('dc-api-unsupported');
      return;
    }
    if (window.location.origin !== form.dataset.origin) {
      show('dc-api-elsewhere');
    }
    form.dataset.ready = 'true';
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      button.disabled = true;
      result.dataset.code = '';
      report(result, '');
      navigator.credentials.get({ digital: { requests: [request] } })
        .then(function (credential) {
          return post(form, credential, result, button);
        }, function (error) {
          report(result, document.getElementById('dc-api-cancelled').textContent + ' (' + error.name + ')');
          button.disabled = false;
        })
        .catch(function () {
          report(result, document.getElementById('dc-api-failed').textContent);
          button.disabled = false;
        });
    });
  });
})();
