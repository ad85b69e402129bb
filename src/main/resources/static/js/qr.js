// A QR code costs the server a few milliseconds to draw, so a page asks for it only when a learner
// opens "show a code to scan": the image's address waits in data-src until then.
document.addEventListener('toggle', (event) => {
  const details = event.target;
  if (!(details instanceof HTMLDetailsElement) || !details.open) return;
  for (const img of details.querySelectorAll('img[data-src]')) {
    img.src = img.dataset.src;
    img.removeAttribute('data-src');
  }
}, true);
