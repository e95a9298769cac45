import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatDate } from '../../../src/lib/dates';
import { stepFocus } from '../../../src/lib/timeline/steps';
import { EventSchema } from '../../../src/story/schemas/event';
import { reference } from '../fixtures';

// The real content, read as the build reads it (YAML 1.2, then the schema).
const events = (parse(readFileSync('content/data/events.yaml', 'utf8')) as unknown[]).map((entry) =>
	EventSchema(reference).parse(entry),
);
const byId = new Map(events.map((event) => [event.id, event]));
const steps = readdirSync('content/story')
	.filter((name) => name.endsWith('.mdx'))
	.flatMap((name) => {
		const frontmatter = readFileSync(`content/story/${name}`, 'utf8').split(/^---$/m)[1]!;
		return (parse(frontmatter) as { steps: { id: string; scene: string; events?: string[] }[] })
			.steps;
	});

describe('content/data/events.yaml', () => {
	test('holds at least ten events, all between 30 September and 9 October 2015', () => {
		expect(events.length).toBeGreaterThanOrEqual(10);
		for (const event of events) {
			expect(event.date >= '2015-09-30' && event.date <= '2015-10-09', event.id).toBe(true);
		}
	});

	test.each([
		['caspian-launch', '2015-10-07', 'Wednesday 7 October'],
		['cnn-report', '2015-10-08', 'Thursday 8 October'],
		['carter-london', '2015-10-09', 'Friday 9 October'],
	])('%s is dated %s, %s', (id, date, weekday) => {
		expect(byId.get(id)?.date).toBe(date);
		expect(formatDate(date, 'weekday')).toBe(weekday);
	});

	test("Carter's on-record statement is the one in London, after the Brussels meeting", () => {
		expect(byId.get('carter-london')?.summary).toMatch(/London/);
		expect(byId.get('nato-ministers-brussels')!.date < byId.get('carter-london')!.date).toBe(true);
	});

	test('the CNN report comes the day after the launch and is reported, not confirmed', () => {
		expect(byId.get('cnn-report')?.status).toBe('reported');
		expect(byId.get('caspian-launch')!.date < byId.get('cnn-report')!.date).toBe(true);
	});
});

describe('the steps that show the timeline', () => {
	const timelineSteps = steps.filter((step) => step.scene === 'timeline');

	test('walk through the days from the launch to the reports', () => {
		const days = timelineSteps.map((step) => stepFocus(step.events ?? [], events).now);
		expect(days[0]).toBe(byId.get('cnn-report')!.date);
		expect(days).toEqual([...days].sort());
		expect(timelineSteps.flatMap((step) => step.events ?? [])).toEqual(
			expect.arrayContaining(['caspian-launch', 'cnn-report', 'carter-london']),
		);
	});

	test.each(timelineSteps.map((step) => [step.id, step.events ?? []] as const))(
		'%s highlights events that are all on the timeline',
		(_, ids) => {
			expect(ids.length).toBeGreaterThan(0);
			expect(stepFocus(ids, events).events).toHaveLength(ids.length);
		},
	);
});
