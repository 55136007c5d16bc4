/**
 * A shared link to `#claim-…` or `#q-…` lands on its passage: the browser scrolls there and
 * CSS marks it (`:target`); this moves keyboard and screen-reader focus there too.
 */
function focusTarget() {
	const id = decodeURIComponent(location.hash.slice(1));
	const target = id ? document.getElementById(id) : null;
	if (!target) return;
	if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.tabIndex = -1;
	target.focus({ preventScroll: true });
}

focusTarget();
addEventListener('hashchange', focusTarget);
