import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** A key and certificate in PEM, as node:tls takes them. */
export interface Certificate {
	key: string;
	cert: string;
}

/**
 * A throwaway self-signed certificate for 127.0.0.1, valid one day, for a benchmark that must
 * serve HTTPS (browsers speak HTTP/2 only over TLS). Made with the system's `openssl`, so the
 * bench needs no package for it; nothing is kept on disk.
 */
export async function selfSignedCertificate(): Promise<Certificate> {
	const dir = await mkdtemp(path.join(tmpdir(), 'parallax-cert-'));
	const key = path.join(dir, 'key.pem');
	const cert = path.join(dir, 'cert.pem');
	try {
		await promisify(execFile)('openssl', [
			'req',
			'-x509',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:prime256v1',
			'-nodes',
			'-days',
			'1',
			'-subj',
			'/CN=127.0.0.1',
			'-addext',
			'subjectAltName=IP:127.0.0.1',
			'-keyout',
			key,
			'-out',
			cert,
		]);
		return { key: await readFile(key, 'utf8'), cert: await readFile(cert, 'utf8') };
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT')
			throw new Error('serving over HTTP/2 needs `openssl` on the PATH to make a certificate');
		throw error;
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
