/**
 * The data behind the charts, written at build time under data/ (CSV, JSON, GeoJSON): each chart
 * kind's src/charts/<kind>/data.ts says what it publishes, from the content alone.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { KindDataFile } from '../../charts/data';
import { loadDataFiles } from '../../story/embeds';

export const getStaticPaths = (async () =>
	(await loadDataFiles()).map((file) => ({
		params: { file: file.name },
		props: { file },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: KindDataFile }> = ({ props }) =>
	new Response(props.file.body, { headers: { 'content-type': props.file.type } });
