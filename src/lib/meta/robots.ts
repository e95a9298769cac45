/**
 * robots.txt: everything may be crawled; names the sitemap when the site's origin is known
 * (the Sitemap line must be an absolute URL, so without one it is left out).
 */
export function robotsTxt(sitemapUrl: string | undefined): string {
	const lines = ['User-agent: *', 'Allow: /'];
	if (sitemapUrl) lines.push('', `Sitemap: ${sitemapUrl}`);
	return `${lines.join('\n')}\n`;
}
