// Records every CSP violation report and every console error of the page, for the CSP test.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
});
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
// ?src=… configures the element's content URL (the page allows no inline script).
document.addEventListener('DOMContentLoaded', () => {
  const src = new URLSearchParams(location.search).get('src');
  if (src) document.querySelector('sociale-veiligheid-quickscan').setAttribute('src', src);
});
