import { afterEach, describe, expect, it } from 'vitest';
import { apiBaseUrl, apiUrl, appBasePath } from './base';

function setBase(href: string): void {
  document.head.innerHTML = `<base href="${href}">`;
}

describe('base URLs', () => {
  afterEach(() => {
    document.head.innerHTML = '';
  });

  it('serves the app and the Api from the root by default', () => {
    setBase('http://localhost:5080/');

    expect(appBasePath()).toBe('/');
    expect(apiBaseUrl().href).toBe('http://localhost:5080/api/v1/');
    expect(apiUrl('/printers/7')).toBe('http://localhost:5080/api/v1/printers/7');
  });

  it('keeps a path prefix such as Home Assistant ingress', () => {
    setBase('http://ha.local:8123/api/hassio_ingress/Tok3n/');

    expect(appBasePath()).toBe('/api/hassio_ingress/Tok3n/');
    expect(apiUrl('printers', { pageSize: 500, search: undefined })).toBe(
      'http://ha.local:8123/api/hassio_ingress/Tok3n/api/v1/printers?pageSize=500',
    );
  });
});
