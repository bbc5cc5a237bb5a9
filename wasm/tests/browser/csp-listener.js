// Records every Content-Security-Policy violation of the page (read by wasm/tests/node/csp.test.mjs).
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
});
