/**
 * Serves a built site with nginx and deploy/nginx/7cach.conf, as a province would, for the nginx
 * end-to-end project (playwright.config.ts starts it with E2E_NGINX=1). Runs as the current user:
 * its own prefix under .cache/, a generated nginx.conf, and the site file with only its `listen`
 * and `root` lines changed. nginx stays in the foreground and stops with this process.
 *
 * NGINX_PORT (default 4322), NGINX_ROOT (default dist/), NGINX_PATH (default /usr/sbin/nginx).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');
export const SITE_CONF = join(ROOT, 'deploy', 'nginx', '7cach.conf');

/** The site configuration with the test's port and root; throws if the lines to change moved. */
export function siteConfig(port: number, root: string): string {
	const source = readFileSync(SITE_CONF, 'utf8');
	const lines = source.split('\n');
	const listen = lines.filter((line) => /^\tlisten /.test(line));
	const rootLine = lines.filter((line) => /^\troot /.test(line));
	if (listen.length === 0 || rootLine.length !== 1)
		throw new Error(
			`${SITE_CONF}: expected "listen" lines and one "root" line in the server block.`
		);
	return lines
		.filter((line) => !/^\tlisten \[::\]/.test(line))
		.map((line) => {
			if (/^\tlisten /.test(line)) return `\tlisten 127.0.0.1:${port};`;
			if (/^\troot /.test(line)) return `\troot ${root};`;
			return line;
		})
		.join('\n');
}

function findNginx(): string {
	const found = [process.env['NGINX_PATH'], '/usr/sbin/nginx', '/usr/bin/nginx'].find(
		(path) => path && existsSync(path)
	);
	if (!found)
		throw new Error(
			'Không tìm thấy nginx (nginx not found): apt-get install -y nginx, hoặc đặt NGINX_PATH.'
		);
	return found;
}

function main(): void {
	const port = Number(process.env['NGINX_PORT'] ?? 4322);
	const root = resolve(ROOT, process.env['NGINX_ROOT'] ?? 'dist');
	if (!existsSync(join(root, 'index.html')))
		throw new Error(`${root} has no index.html: build the site first (npm run build).`);
	const prefix = join(ROOT, '.cache', `nginx-${port}`);
	for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir), { recursive: true });
	writeFileSync(join(prefix, '7cach.conf'), siteConfig(port, root));
	const temp = (name: string) => `${name}_temp_path ${join(prefix, 'temp', name)};`;
	writeFileSync(
		join(prefix, 'nginx.conf'),
		[
			'daemon off;',
			'worker_processes 1;',
			`pid ${join(prefix, 'nginx.pid')};`,
			`error_log ${join(prefix, 'logs', 'error.log')} warn;`,
			'events { worker_connections 256; }',
			'http {',
			'\tinclude /etc/nginx/mime.types;',
			'\tdefault_type application/octet-stream;',
			'\taccess_log off;',
			'\tsendfile on;',
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `\t${temp(name)}`),
			`\tinclude ${join(prefix, '7cach.conf')};`,
			'}',
			'',
		].join('\n')
	);
	const nginx = findNginx();
	const args = [
		'-p',
		prefix,
		'-c',
		join(prefix, 'nginx.conf'),
		'-e',
		join(prefix, 'logs', 'error.log'),
	];
	// A configuration error is reported in full before anything starts.
	const check = spawnSync(nginx, ['-t', '-q', ...args], { stdio: 'inherit' });
	if (check.status !== 0) process.exit(check.status ?? 1);
	const server = spawn(nginx, args, { stdio: 'inherit' });
	console.log(`nginx: http://127.0.0.1:${port}/ → ${root}`);
	const stop = () => server.kill('SIGQUIT');
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	process.on('exit', stop);
	server.on('exit', (code) => process.exit(code ?? 0));
}

if (import.meta.main) main();
