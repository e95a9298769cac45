/**
 * A story's map settings (`<content>/map/region.yaml`), checked, with the projection filled in
 * when the story does not set one. Throws an Error naming the field on anything else.
 */

/** [west, south, east, north] in degrees, west of east and south of north. */
function box(value, field) {
	const ok =
		Array.isArray(value) &&
		value.length === 4 &&
		value.every((number) => typeof number === 'number' && Number.isFinite(number)) &&
		value[0] >= -180 &&
		value[2] <= 180 &&
		value[1] >= -90 &&
		value[3] <= 90 &&
		value[0] < value[2] &&
		value[1] < value[3];
	if (!ok) throw new Error(`${field}: must be [west, south, east, north] in degrees`);
	return value;
}

const pair = (value, field) => {
	const ok =
		Array.isArray(value) &&
		value.length === 2 &&
		value.every((number) => typeof number === 'number' && Number.isFinite(number));
	if (!ok) throw new Error(`${field}: must be two numbers`);
	return value;
};

/**
 * The region, the detail box (inside it) and a conic conformal projection: by default centred on
 * the region's middle meridian, with standard parallels a sixth of its height in from its edges,
 * which keeps the scale error small across the whole box.
 */
export function regionSettings(data) {
	if (typeof data !== 'object' || data === null) throw new Error('must be a mapping');
	const known = ['region', 'detail', 'projection'];
	const unknown = Object.keys(data).filter((key) => !known.includes(key));
	if (unknown.length > 0)
		throw new Error(`${unknown[0]}: unknown field (known: ${known.join(', ')})`);
	const region = box(data.region, 'region');
	const detail = box(data.detail ?? region, 'detail');
	const inside =
		detail[0] >= region[0] &&
		detail[1] >= region[1] &&
		detail[2] <= region[2] &&
		detail[3] <= region[3];
	if (!inside) throw new Error('detail: must lie inside region');
	const [west, south, east, north] = region;
	const span = north - south;
	const projection = {
		rotate: data.projection?.rotate
			? pair(data.projection.rotate, 'projection.rotate')
			: [-(west + east) / 2, 0],
		parallels: data.projection?.parallels
			? pair(data.projection.parallels, 'projection.parallels')
			: [south + span / 6, north - span / 6],
	};
	return { region, detail, projection };
}
