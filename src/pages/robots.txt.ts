/**
 * robots.txt, naming the sitemap when SITE is set. Crawlers read it only at the domain root: a
 * site deployed under a sub-path gets one too, for the publisher to merge into theirs.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/meta/absolute-url';
import { robotsTxt } from '../lib/meta/robots';
import { withBase } from '../lib/meta/with-base';

export const GET: APIRoute = ({ site }) =>
	new Response(
		robotsTxt(absoluteUrl(withBase(import.meta.env.BASE_URL, 'sitemap-index.xml'), site)),
		{ headers: { 'content-type': 'text/plain; charset=utf-8' } },
	);
