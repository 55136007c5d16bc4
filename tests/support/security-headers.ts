/** One block of a Netlify / Cloudflare Pages `_headers` file: a path pattern and its headers. */
export interface HeaderRule {
	path: string;
	headers: [name: string, value: string][];
}

/** Parses a `_headers` file: a path at the line start, indented `Name: value` lines under it. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [index, line] of text.split(/\r?\n/).entries()) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			continue;
		}
		const header = /^\s+([A-Za-z0-9-]+):\s*(.*\S)\s*$/.exec(line);
		const rule = rules.at(-1);
		if (!header || !rule) throw new Error(`_headers line ${index + 1} is not a header: ${line}`);
		rule.headers.push([header[1]!, header[2]!]);
	}
	return rules;
}

function pathPattern(path: string): RegExp {
	const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`^${escaped.replace(/\*/g, '.*').replace(/:[A-Za-z]+/g, '[^/]+')}$`);
}

/** The headers a host would send for `pathname`: every matching block, in file order. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules)
		if (pathPattern(rule.path).test(pathname))
			for (const [name, value] of rule.headers) {
				const key = name.toLowerCase();
				headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
			}
	return headers;
}

/** A Content-Security-Policy as directive name → its source list, in order. */
export function parseCsp(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		// The first occurrence of a directive wins; browsers ignore repeats.
		if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
	}
	return directives;
}
