// Demo only: lists the element's public events and shows the last result as JSON.
const log = document.getElementById('log');
const resultBox = document.getElementById('result');
for (const name of ['quickscan-ready', 'quickscan-answer', 'quickscan-complete', 'quickscan-error']) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const summary = name === 'quickscan-complete' ? '(result, see below)' : JSON.stringify(event.detail);
    item.textContent = `${new Date().toLocaleTimeString()} ${name} ${summary}`;
    log.prepend(item);
    if (name === 'quickscan-complete') resultBox.textContent = JSON.stringify(event.detail, null, 2);
  });
}

// ?lang=en shows the same scan in English (the element follows its lang attribute).
const lang = new URLSearchParams(location.search).get('lang');
if (lang) document.getElementById('scan')?.setAttribute('lang', lang);
