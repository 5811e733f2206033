// Never download a browser at install time: tests use the system's Chromium/Firefox (see scripts/test.mjs).
module.exports = { skipDownload: true };
