/**
 * Turns the training data into what pages and the kit show: slides resolved against the seven
 * methods, the workshop timetable, and base-aware links. DOM-free; used by .astro components,
 * scripts/build-training-kit.ts and the unit tests.
 */
import { methodPoints, type Method } from '../../schemas/method.ts';
import type { Slide, TrainingModule, WithId } from '../../schemas/training.ts';
import { pictureName, type SlidePictureName } from './slide-picture-names.ts';

/** A slide ready to show: title and points filled in from the method when the slide names one. */
export interface ResolvedSlide {
	title: string;
	points: string[];
	notes: string;
	/** The picture beside the points (slide-pictures.ts). */
	picture: SlidePictureName;
}

/** Fills `method: n` slides from methods.yaml; explicit `title`/`points` win over the method's. */
export function resolveSlide(slide: Slide, methods: readonly Method[]): ResolvedSlide {
	if (slide.method === undefined) {
		return {
			title: slide.title ?? '',
			points: slide.points ?? [],
			notes: slide.notes,
			picture: pictureName(slide),
		};
	}
	const method = methods.find((m) => m.number === slide.method);
	if (!method) throw new Error(`Không tìm thấy Cách ${slide.method} trong methods.yaml.`);
	return {
		title: slide.title ?? `Cách ${method.number}: ${method.shortTitle}`,
		points: slide.points ?? methodPoints(method),
		notes: slide.notes,
		picture: pictureName(slide),
	};
}

/** All slides of a module, resolved. */
export function resolveSlides(module: TrainingModule, methods: readonly Method[]): ResolvedSlide[] {
	return module.slides.map((slide) => resolveSlide(slide, methods));
}

/** One row of the workshop timetable. */
export interface AgendaRow {
	kind: 'module' | 'break';
	/** Module id, or "nghi-N" for a break. */
	id: string;
	title: string;
	start: string;
	end: string;
	minutes: number;
}

/** "08:00" plus minutes, as "HH:MM". */
export function addMinutes(time: string, minutes: number): string {
	const match = /^(\d{1,2}):(\d{2})$/.exec(time);
	if (!match) throw new Error(`Giờ không hợp lệ: ${time}`);
	const total = Number(match[1]) * 60 + Number(match[2]) + minutes;
	const hours = Math.floor(total / 60) % 24;
	return `${String(hours).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The half-day timetable: modules in order with their breaks, from a start time. */
export function buildAgenda(
	modules: readonly WithId<TrainingModule>[],
	start = '08:00'
): AgendaRow[] {
	const rows: AgendaRow[] = [];
	let clock = start;
	for (const module of sortModules(modules)) {
		const end = addMinutes(clock, module.minutes);
		rows.push({
			kind: 'module',
			id: module.id,
			title: `Học phần ${module.number}: ${module.title}`,
			start: clock,
			end,
			minutes: module.minutes,
		});
		clock = end;
		if (module.breakAfter > 0) {
			const breakEnd = addMinutes(clock, module.breakAfter);
			rows.push({
				kind: 'break',
				id: `nghi-${module.number}`,
				title: 'Nghỉ giải lao',
				start: clock,
				end: breakEnd,
				minutes: module.breakAfter,
			});
			clock = breakEnd;
		}
	}
	return rows;
}

/** Modules in workshop order. */
export function sortModules<T extends { number: number }>(modules: readonly T[]): T[] {
	return [...modules].sort((a, b) => a.number - b.number);
}

/** Total minutes including breaks. */
export function totalMinutes(rows: readonly AgendaRow[]): number {
	return rows.reduce((sum, row) => sum + row.minutes, 0);
}

/** "3 giờ 35 phút" for a duration in minutes. */
export function formatDuration(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (!hours) return `${rest} phút`;
	return rest ? `${hours} giờ ${rest} phút` : `${hours} giờ`;
}

/** Path of a module's audience deck and presenter view. */
export function deckPath(moduleId: string): string {
	return `/tap-huan/trinh-chieu/${moduleId}/`;
}
export function presenterPath(moduleId: string): string {
	return `/tap-huan/trinh-chieu/${moduleId}/ghi-chu/`;
}

/** Vietnamese date as people write it: 01/07/2024. */
export function formatDay(date: Date): string {
	const day = String(date.getUTCDate()).padStart(2, '0');
	const month = String(date.getUTCMonth() + 1).padStart(2, '0');
	return `${day}/${month}/${date.getUTCFullYear()}`;
}

/**
 * The dates of a legal-basis entry as the lists print them, the way Vietnamese citations do:
 * "hiệu lực từ 01/01/2023", "ngày 12/06/2025" (the date the text bears, when that is all that is
 * confirmed) or both; an empty string when no date is confirmed, so callers add the brackets only
 * when there is something to show.
 */
export function legalBasisDates(basis: {
	effective?: Date | undefined;
	adopted?: Date | undefined;
}): string {
	return [
		basis.adopted ? `ngày ${formatDay(basis.adopted)}` : '',
		basis.effective ? `hiệu lực từ ${formatDay(basis.effective)}` : '',
	]
		.filter(Boolean)
		.join(', ');
}
