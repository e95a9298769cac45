/**
 * html-validate's rules for the built pages (tests/e2e/validity.spec.ts runs it over every HTML
 * file in dist/). The recommended set, less two rules that argue with deliberate choices:
 */
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// The <title> is the article's headline, written for readers and link previews; search
		// results cutting it short is a wording choice, not a markup error.
		'long-title': 'off',
		// `role="list"` on a list drawn without bullets is deliberate: Safari and VoiceOver drop
		// the list semantics of `list-style: none` lists unless the role is spelled out.
		'no-redundant-role': 'off',
	},
};
