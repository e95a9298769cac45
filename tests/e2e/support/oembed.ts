/**
 * The problems of an oEmbed response by the oEmbed 1.0 spec (sections 2.3.4 and 2.3.4.4):
 * type and version are required; a rich response needs html, width and height; a thumbnail
 * needs its width and height; URLs are absolute; every other field is one of the spec's.
 */
export function oembedProblems(response: Record<string, unknown>): string[] {
	const problems: string[] = [];
	const fields = [
		'type',
		'version',
		'title',
		'author_name',
		'author_url',
		'provider_name',
		'provider_url',
		'cache_age',
		'thumbnail_url',
		'thumbnail_width',
		'thumbnail_height',
		'html',
		'width',
		'height',
	];
	for (const key of Object.keys(response))
		if (!fields.includes(key)) problems.push(`unknown field ${key}`);
	if (response.version !== '1.0') problems.push('version must be "1.0"');
	if (response.type !== 'rich') problems.push('type must be rich');
	if (typeof response.html !== 'string' || !response.html) problems.push('rich needs html');
	for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) {
		if (key in response && !(Number.isInteger(response[key]) && (response[key] as number) > 0))
			problems.push(`${key} must be a positive whole number`);
	}
	if (!('width' in response && 'height' in response)) problems.push('rich needs width and height');
	const thumbnail = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter(
		(key) => key in response,
	);
	if (thumbnail.length % 3 !== 0) problems.push('thumbnail_url, _width and _height go together');
	for (const key of ['provider_url', 'author_url', 'thumbnail_url']) {
		if (key in response && !URL.canParse(String(response[key])))
			problems.push(`${key} must be absolute`);
	}
	return problems;
}
