import '@testing-library/jest-dom/jest-globals';
import { afterEach } from '@jest/globals';
import { configure } from '@testing-library/react';

// findBy… and waitFor wait up to 5 s instead of 1 s: a whole app rendered on a busy 2-core CI
// machine (the backend suites run there too) took longer than 1 s to show a board's page. A page
// that never shows still fails, after 5 s.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'sv';
});

// jsdom has <dialog> but not its modal methods; browsers do (the browser tests use the real ones).
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}
