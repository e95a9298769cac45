import { describe, expect, test } from 'vitest';
import { checkMdx, type Finding } from '../../src/lib/content/mdx-policy';

const FRONTMATTER = '---\norder: 1\ntitle: A section\n---\n\n';

/** The findings for a body placed after a frontmatter, as `line:column message` lines. */
function findings(body: string): string[] {
	return checkMdx(`${FRONTMATTER}${body}\n`).findings.map(
		({ line, column, message }: Finding) => `${line}:${column} ${message}`,
	);
}

describe('checkMdx(source): what the story may use', () => {
	test.each([
		[
			'Markdown',
			'# Heading\n\nSome *emphasis*, **strong**, `code` and a [link](https://example.org/).',
		],
		['the story components', '<Step id="a">\n\nText.<Cite id="source-1" />\n\n</Step>'],
		[
			'inline elements with plain attributes',
			'The <abbr title="North Atlantic Treaty Organization">NATO</abbr> <time datetime="2015-10-08">8 October</time> H<sub>2</sub>O',
		],
		['a comment', 'Text {/* a note for editors */} more.'],
		['a plain string literal', 'Two{" "}words and {"quotes"} and {42}.'],
		['a literal attribute value', '<Step id={"a"}>\n\nText.\n\n</Step>'],
		[
			'links to this site, mail and phone',
			'[home](/) [a step](#step) [mail](mailto:desk@example.org) [call](tel:+441234) [relative](../x/)',
		],
		['an image from this site', '![A map](/images/map.png)'],
		['a fragment', '<>text</>'],
	])('%s pass', (_, body) => {
		expect(findings(body)).toEqual([]);
	});

	test('returns the frontmatter text', () => {
		expect(checkMdx(`${FRONTMATTER}Text.`).frontmatter).toBe('order: 1\ntitle: A section');
		expect(checkMdx('Text only.').frontmatter).toBeUndefined();
	});
});

describe('checkMdx(source): what it refuses, with line and column', () => {
	test.each([
		[
			'<script>alert(1)</script>',
			/^6:1 <script> is not allowed: a section cannot load or run anything/,
		],
		['Text <script>alert(1)</script>', /^6:6 <script> is not allowed/],
		['<iframe src="https://evil.example/"></iframe>', /^6:1 <iframe> is not allowed/],
		['<style>{"body{display:none}"}</style>', /<style> is not allowed/],
		['<div>raw</div>', /^6:1 raw HTML <div> is not allowed; use Markdown, or one of <abbr>/],
		['<a href="https://example.org/">x</a>', /raw HTML <a> is not allowed/],
		['<img src="/x.png" alt="" />', /raw HTML <img> is not allowed/],
		['<SCRIPT>alert(1)</SCRIPT>', /<SCRIPT> is not a component the story provides/],
		['<Foo />', /<Foo> is not a component the story provides \(it may use <Step>, <Cite>\)/],
		['<x.y />', /<x\.y> is not a component/],
		['<svg:rect />', /<svg:rect> is not a component/],
		[
			'<Step id="a" onClick="alert(1)">\n\nx\n\n</Step>',
			/^6:1 <Step>: the attribute onClick is not allowed: event handlers/,
		],
		[
			'<abbr onmouseover="alert(1)">x</abbr>',
			/<abbr>: the attribute onmouseover is not allowed: event handlers/,
		],
		[
			'<span style={{ color: "red" }}>x</span>',
			/<span>: the attribute style is not allowed: styles/,
		],
		['<span style="color: red">x</span>', /<span>: the attribute style is not allowed/],
		['<span class="x">x</span>', /<span>: the attribute class is not allowed \(allowed: title/],
		['<Step {...props}>\n\nx\n\n</Step>', /<Step>: spread attributes \{…\} are not allowed/],
		[
			'<Step id={process.env.HOME}>\n\nx\n\n</Step>',
			/<Step>: the attribute id=\{process\.env\.HOME\} is not allowed/,
		],
		[
			'<Cite id="javascript:alert(1)" />',
			/<Cite>: the attribute id="javascript:alert\(1\)" is not allowed: it is a javascript URL/,
		],
		['[click](javascript:alert(1))', /^6:1 the link "javascript:alert\(1\)" is not allowed/],
		['[click](JavaScript:alert(1))', /the link .* is not allowed/],
		['[click](<java\tscript:alert(1)>)', /the link .* is not allowed/],
		['[click](data:text/html,<script>alert(1)</script>)', /the link "data:text\/html/],
		['[click](vbscript:msgbox)', /the link "vbscript:msgbox" is not allowed/],
		[
			'[click][ref]\n\n[ref]: javascript:alert(1)',
			/the link "javascript:alert\(1\)" is not allowed/,
		],
		[
			'![x](https://tracker.example/pixel.gif)',
			/the image .* is not allowed: images must come from this site/,
		],
		['![x](//tracker.example/pixel.gif)', /the image .* is not allowed/],
		['![x](data:image/png;base64,AAAA)', /the image .* is not allowed/],
		[
			'{process.env.SECRET}',
			/^6:1 the expression \{process\.env\.SECRET\} is not allowed: \{…\} may hold only/,
		],
		['Text {require("fs").readFileSync("/etc/passwd")}', /the expression .* is not allowed/],
		['{`template ${1}`}', /the expression .* is not allowed/],
		['{"a" + "b"}', /the expression .* is not allowed/],
		['{(() => 1)()}', /the expression .* is not allowed/],
		["import fs from 'node:fs'", /^6:1 import and export are not allowed/],
		['export const secret = process.env.HOME', /import and export are not allowed/],
		['<!-- an HTML comment -->', /^6:1 MDX syntax: /],
		['<Step {id=', /MDX syntax: /],
	])('%j', (body, expected) => {
		const found = findings(body);
		expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
		expect(found.join('\n')).toMatch(expected);
	});

	test('every finding in a file is reported, each at its own line', () => {
		const found = findings('<div>a</div>\n\n<script>b</script>\n\n[c](javascript:c)');
		expect(found.map((line) => line.split(' ')[0])).toEqual(['6:1', '8:1', '10:1']);
	});
});
