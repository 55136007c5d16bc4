// html-validate's settings for the built site (tests/build/html-valid.test.ts; by hand:
// `npx html-validate dist`). A module rather than .htmlvalidate.json so each change to a
// preset rule can say why. Change a rule's options before turning it off.
/** @type {import('html-validate').ConfigData} */
export default {
	root: true,
	extends: ['html-validate:recommended', 'html-validate:document'],
	rules: {
		// Titles are the outlet's headline or the claim's wording, quoted whole; cutting them to
		// 70 characters for search engines would misquote them.
		'long-title': 'off',
		// The column picker is a checkbox group: `articles` is meant to repeat, one per article,
		// and submits as ?articles=a&articles=b. The default list already shares radio names.
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'submit', 'button', 'reset'] }],
		// A wide table sits in a focusable `<div role="region" aria-labelledby>` so keyboard users
		// can scroll it (https://adrianroselli.com/2020/11/under-engineered-responsive-tables.html);
		// it is a scroll box, not a section of the document.
		// The search box is the ARIA combobox pattern: its results are a `listbox` of options that
		// hold marked-up text (type, highlighted words, speaker), which a native <select> cannot.
		'prefer-native-element': ['error', { exclude: ['region', 'listbox'] }],
		// The search dialog, on every page, is titled by an <h2>: a dialog is a sectioning root,
		// but its title sits under the page's <h1>, and a second <h1> would blur the outline.
		'heading-level': ['error', { minSectioningRootInitialRank: 'h2' }],
		// Integrity hashes guard files from other origins; the site loads only its own files.
		'require-sri': ['error', { target: 'crossorigin' }],
	},
};
