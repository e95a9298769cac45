/**
 * A small validator for the article's JSON-LD, offline: the schema.org types the page uses
 * (NewsArticle, Organization, Person, CorrectionComment), each property checked against the
 * type of value schema.org gives it, and what Google's Article guidance asks for on top
 * (absolute URLs, date-times with a time zone, an author with a name and a URL, images).
 * Unknown properties are problems too, so a typo cannot pass unnoticed. At compile time the
 * builder is typed against the whole vocabulary (schema-dts); this checks the output as built.
 */

type Check = (value: unknown, path: string) => string[];

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** schema.org Text: a non-empty string. */
const text: Check = (value, path) =>
	typeof value === 'string' && value.trim() !== '' ? [] : [`${path}: must be non-empty Text`];

/** schema.org URL, as Google wants it: absolute, http(s). */
const url: Check = (value, path) => {
	if (typeof value !== 'string') return [`${path}: must be a URL`];
	try {
		const parsed = new URL(value);
		return /^https?:$/.test(parsed.protocol) ? [] : [`${path}: must be an http(s) URL`];
	} catch {
		return [`${path}: must be an absolute URL, got "${value}"`];
	}
};

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** schema.org DateTime in ISO 8601, with the time zone Google recommends. */
const dateTime: Check = (value, path) =>
	typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
		? []
		: [`${path}: must be an ISO 8601 date-time with a time zone, got ${JSON.stringify(value)}`];

/** BCP 47 language tag (schema.org allows Text or Language for inLanguage). */
const language: Check = (value, path) =>
	typeof value === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)
		? []
		: [`${path}: must be a BCP 47 language tag`];

/** One value or a non-empty array of them. */
const oneOrMore =
	(check: Check): Check =>
	(value, path) => {
		if (!Array.isArray(value)) return check(value, path);
		if (value.length === 0) return [`${path}: must not be an empty list`];
		return value.flatMap((item, index) => check(item, `${path}[${index}]`));
	};

/** A typed object: its `@type` is one of `types`, with only `properties`, and the `required` ones. */
function thing(types: string[], properties: Record<string, Check>, required: string[]): Check {
	return (value, path) => {
		if (!isObject(value)) return [`${path}: must be an object of type ${types.join(' or ')}`];
		const problems: string[] = [];
		if (!types.includes(String(value['@type']))) {
			problems.push(`${path}.@type: must be ${types.join(' or ')}, got ${String(value['@type'])}`);
		}
		for (const name of required) {
			if (!(name in value)) problems.push(`${path}.${name}: is required`);
		}
		for (const [name, item] of Object.entries(value)) {
			if (name === '@type' || name === '@context') continue;
			const check = properties[name];
			if (!check) problems.push(`${path}.${name}: not a property this validator knows`);
			else problems.push(...check(item, `${path}.${name}`));
		}
		return problems;
	};
}

/** schema.org Person or Organization; Google wants a name and a URL for the author. */
const author = thing(['Person', 'Organization'], { name: text, url }, ['name', 'url']);

/** schema.org ImageObject, or an image's URL. */
const image: Check = (value, path) =>
	typeof value === 'string'
		? url(value, path)
		: thing(['ImageObject'], { url, contentUrl: url, width: text, height: text }, ['url'])(
				value,
				path,
			);

/** schema.org CorrectionComment: when it was published and what it says. */
const correction = thing(['CorrectionComment'], { datePublished: dateTime, text }, [
	'datePublished',
	'text',
]);

const article = thing(
	['NewsArticle', 'Article', 'BlogPosting'],
	{
		headline: text,
		description: text,
		datePublished: dateTime,
		dateModified: dateTime,
		inLanguage: language,
		author: oneOrMore(author),
		image: oneOrMore(image),
		url,
		mainEntityOfPage: url,
		correction: oneOrMore(correction),
	},
	['headline', 'datePublished', 'dateModified', 'author', 'image'],
);

/**
 * The problems of a NewsArticle JSON-LD object, as `path: what is wrong`; none when it is valid.
 * Also checks the `@context` and that it was not modified before it was published.
 */
export function articleProblems(data: unknown): string[] {
	const problems = article(data, 'NewsArticle');
	if (!isObject(data)) return problems;
	if (!/^https?:\/\/schema\.org\/?$/.test(String(data['@context']))) {
		problems.push('@context: must be https://schema.org');
	}
	const published = Date.parse(String(data.datePublished));
	const modified = Date.parse(String(data.dateModified));
	if (modified < published) problems.push('dateModified: must not be before datePublished');
	return problems;
}
