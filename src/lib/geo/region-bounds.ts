/** A place a map draws, where it is. */
interface Located {
	id: string;
	lat: number;
	lon: number;
}

/**
 * The places that lie outside a region's box ([west, south, east, north], degrees), each with
 * the field that puts it there: a place outside the region would be drawn off the map, or cut.
 */
export function placesOutside(
	box: readonly [number, number, number, number],
	places: Iterable<Located>,
): { id: string; field: 'lat' | 'lon' }[] {
	const [west, south, east, north] = box;
	const outside: { id: string; field: 'lat' | 'lon' }[] = [];
	for (const place of places) {
		if (place.lat < south || place.lat > north) outside.push({ id: place.id, field: 'lat' });
		else if (place.lon < west || place.lon > east) outside.push({ id: place.id, field: 'lon' });
	}
	return outside;
}
