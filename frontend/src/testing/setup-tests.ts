import '@testing-library/jest-dom/jest-globals';
import { afterEach } from '@jest/globals';

afterEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'sv';
});
