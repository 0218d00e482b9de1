import '@testing-library/jest-dom/jest-globals';
import { afterEach } from '@jest/globals';

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
