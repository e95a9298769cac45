/** Joins the site's base path (`/` or `/sub/`) and a path inside the site (`social/story.png`). */
export function withBase(base: string, path = ''): string {
	const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	return prefix + path.replace(/^\/+/, '');
}
