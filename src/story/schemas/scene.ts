import { z } from 'astro/zod';
import { CHARTS } from '../../charts/registry';
import type { ReferenceFactory } from './common';
import { strict } from './strict';

/** The scene schemas of a tuple of charts, as a tuple (what discriminatedUnion takes). */
type SceneSchemas<Charts extends readonly unknown[]> = {
	[I in keyof Charts]: Charts[I] extends { scene: (...args: never[]) => infer Schema }
		? Schema
		: never;
};

/**
 * A view of one chart that story steps can show (content/data/scenes.yaml), by its `graphic`.
 * Every kind's schema is made strict here, however its chart.ts wrote it: an unknown key in any
 * scene, at any depth (a route's `too:` for `to:`), fails naming the key.
 */
export const SceneSchema = (reference: ReferenceFactory) =>
	z.discriminatedUnion(
		'graphic',
		CHARTS.map((chart) => strict(chart.scene(reference))) as unknown as SceneSchemas<typeof CHARTS>,
	);

export type Scene = z.infer<ReturnType<typeof SceneSchema>>;
/** A scene of one kind. */
export type SceneOf<Kind extends Scene['graphic']> = Extract<Scene, { graphic: Kind }>;
