import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '@/lib/security-headers.mjs';
import {
  CACHE_HASHED,
  CACHE_NONE,
  CACHE_SHORT,
  NGINX_PATH,
  quote,
  siteConfig,
  standaloneConfig,
  workerUser,
} from './nginx-config.mjs';

const site = siteConfig({ root: '/srv/portail/out', listen: ['80'], brotli: true });

/** Whether nginx itself accepts a standalone configuration (`nginx -t`), written to a throw-away folder. */
function nginxAccepts(options: { api?: string }): boolean {
  const runtimeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-nginx-'));
  const conf = path.join(runtimeDir, 'nginx.conf');
  fs.writeFileSync(conf, standaloneConfig({ root: runtimeDir, port: 3999, host: '127.0.0.1', runtimeDir, ...options }));
  try {
    execFileSync(NGINX_PATH, ['-t', '-q', '-c', conf, '-p', runtimeDir, '-e', 'stderr'], { stdio: 'pipe' });
    return true;
  } finally {
    fs.rmSync(runtimeDir, { recursive: true, force: true });
  }
}

describe('nginx configuration of the static export', () => {
  it('sends every security header of next start, with its value, on every status', () => {
    for (const { key, value } of securityHeaders(false)) {
      expect(site).toContain(`add_header ${key} ${quote(value)} always;`);
    }
    // The production policy, never the development one (eval, websockets).
    expect(site).not.toContain('unsafe-eval');
    expect(site.match(/^\s*add_header /gm)).toHaveLength(securityHeaders(false).length + 1);
  });

  it('names no version, serves precompressed files, caches hashed assets long and the rest briefly', () => {
    expect(site).toContain('server_tokens off;');
    expect(site).toContain('gzip_static on;');
    expect(site).toContain('brotli_static on;');
    expect(siteConfig({ root: '/out', listen: ['80'], brotli: false })).not.toContain('brotli');
    expect(site).toContain(`~^/_next/static/  ${quote(CACHE_HASHED)};`);
    expect(site).toContain(`default           ${quote(CACHE_SHORT)};`);
  });

  it('answers unknown URLs with the French 404 page and its status, bad requests with their own pages', () => {
    expect(site).toContain('error_page 404 /404.html;');
    expect(site).toContain('error_page 400 /400.html;');
    expect(site).toContain('error_page 494 =431 /431.html;');
    for (const page of ['404', '400', '431']) expect(site).toContain(`location = /${page}.html {\n        internal;`);
    expect(site).toContain('try_files $uri $uri.html $uri/index.html =404;');
  });

  it('quotes values for nginx and refuses what nginx would read as a variable', () => {
    expect(quote(`a "b" \\c`)).toBe('"a \\"b\\" \\\\c"');
    expect(() => quote('cost $5')).toThrow(/\$/);
  });

  it('runs unprivileged-style: foreground, pid and temporary files in its own folder', () => {
    const conf = standaloneConfig({
      root: '/out',
      port: 3999,
      host: '127.0.0.1',
      runtimeDir: '/tmp/rt',
      brotli: false,
    });
    expect(conf).toContain('daemon off;');
    expect(conf).toContain('pid /tmp/rt/nginx.pid;');
    expect(conf).toContain('listen 127.0.0.1:3999;');
    for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
      expect(conf).toContain(`${temp}_temp_path /tmp/rt/${temp};`);
  });

  it.skipIf(!fs.existsSync(NGINX_PATH))('is accepted by nginx itself (nginx -t)', () => {
    expect(nginxAccepts({})).toBe(true);
  });
  it('runs its workers as the invoking user when started as root, and only then', () => {
    const base = { root: '/out', port: 3999, runtimeDir: '/tmp/rt', brotli: false };
    expect(standaloneConfig({ ...base, user: { name: 'root', group: 'root' } })).toMatch(/^user root root;$/m);
    expect(standaloneConfig(base)).not.toMatch(/^\s*user /m);
    expect(workerUser(0, 'root', 0)).toEqual({ name: 'root', group: 'root' });
    expect(workerUser(1000, 'agent', 1000)).toBeUndefined();
  });

  // A clone can sit in a private folder (mode 700: root's home, mktemp -d). nginx started as root hands its
  // workers to `nobody` unless told otherwise, and `nobody` cannot read there: every page answered 403.
  it.skipIf(!fs.existsSync(NGINX_PATH) || process.getuid?.() !== 0)(
    'serves a folder only its owner can read, started as root',
    async () => {
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-prive-'));
      const out = path.join(home, 'clone', 'out');
      const runtimeDir = path.join(home, 'rt');
      fs.mkdirSync(out, { recursive: true });
      fs.mkdirSync(runtimeDir);
      fs.writeFileSync(path.join(out, 'index.html'), 'accueil');
      expect(fs.statSync(home).mode & 0o777).toBe(0o700);
      const socket = path.join(runtimeDir, 'nginx.sock');
      const conf = path.join(runtimeDir, 'nginx.conf');
      const config = standaloneConfig({ root: out, port: 3999, host: '127.0.0.1', runtimeDir, user: workerUser() });
      fs.writeFileSync(conf, config.replace(/listen [^;]+;/, `listen unix:${socket};`));
      const nginx = spawn(NGINX_PATH, ['-c', conf, '-p', runtimeDir, '-e', 'stderr'], { stdio: 'ignore' });
      try {
        for (let i = 0; i < 100 && !fs.existsSync(socket); i++) await new Promise((r) => setTimeout(r, 50));
        const status = await new Promise<number | undefined>((resolve, reject) => {
          http.get({ socketPath: socket, path: '/' }, (response) => resolve(response.statusCode)).on('error', reject);
        });
        expect(status).toBe(200);
      } finally {
        nginx.kill('SIGTERM');
        await new Promise((resolve) => nginx.once('exit', resolve));
        fs.rmSync(home, { recursive: true, force: true });
      }
    },
  );
});

describe('the feedback API behind the export’s nginx', () => {
  const withApi = siteConfig({ root: '/out', listen: ['80'], brotli: false, api: 'http://127.0.0.1:4000' });

  it('passes /api/ to next start with the client’s address and host, never cached', () => {
    expect(withApi).toContain('location ^~ /api/ {');
    expect(withApi).toContain('proxy_pass http://127.0.0.1:4000;');
    // Set, not appended: a client cannot choose the address the rate limit sees.
    expect(withApi).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
    expect(withApi).toContain('proxy_set_header Host $http_host;');
    expect(withApi).toContain('client_max_body_size 16k;');
    expect(withApi).toContain(`~^/api/           ${quote(CACHE_NONE)};`);
    // nginx's own security headers only: next start's copies are hidden, not doubled.
    for (const { key } of securityHeaders(false)) expect(withApi).toContain(`proxy_hide_header ${key};`);
  });

  it('has no proxy without an API address, and refuses an address that is not one', () => {
    expect(site).not.toContain('proxy_pass');
    expect(() => siteConfig({ root: '/out', listen: ['80'], brotli: false, api: 'http://x; evil' })).toThrow(/API/);
  });

  it.skipIf(!fs.existsSync(NGINX_PATH))('with the proxy, is accepted by nginx itself (nginx -t)', () => {
    expect(nginxAccepts({ api: 'http://127.0.0.1:4000' })).toBe(true);
  });
});
