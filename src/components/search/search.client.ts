/**
 * <search-panel>: runs the site's search in the browser. Pagefind's index (built at build time by
 * src/integrations/search-index.ts) loads on first use, from this site only; queries never leave
 * the browser. Whole questions are relaxed by src/lib/search/relax.ts, and the reader is told which
 * words were used. <site-search>: the header button and its dialog around a panel.
 */
import { relaxedSearch, type Engine } from '../../lib/search/relax.ts';
import {
	MAX_RESULTS,
	resultItem,
	statusFor,
	type PanelState,
	type RecordData,
} from './search-view.ts';

interface PagefindHit {
	id: string;
	score: number;
	data: () => Promise<RecordData>;
}
interface Pagefind {
	options(options: { baseUrl: string }): Promise<void>;
	search(term: string): Promise<{ results: PagefindHit[] } | null>;
}

const TYPING_PAUSE_MS = 250;

/** One Pagefind per page, shared by every panel; loaded on first need. */
let pagefindLoad: Promise<Engine<PagefindHit>> | undefined;
function loadEngine(base: string): Promise<Engine<PagefindHit>> {
	pagefindLoad ??= (async () => {
		const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options({ baseUrl: base });
		return async (terms: string) => (await pagefind.search(terms))?.results ?? [];
	})();
	pagefindLoad.catch(() => {
		pagefindLoad = undefined; // a later try (e.g. back online) starts afresh
	});
	return pagefindLoad;
}

class SearchPanel extends HTMLElement {
	#sequence = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback(): void {
		const form = this.querySelector('form')!;
		const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
		const base = this.dataset['base'] ?? '/';
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.#timer);
			void this.run(input.value);
		});
		input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => void this.run(input.value), TYPING_PAUSE_MS);
		});
		// Start fetching the index as soon as the reader shows intent, not on page load.
		input.addEventListener('focus', () => void loadEngine(base).catch(() => undefined), {
			once: true,
		});
		if (this.dataset['readQuery'] !== undefined) {
			const query = new URLSearchParams(location.search).get('q') ?? '';
			if (query) {
				input.value = query;
				void this.run(query);
			}
		}
	}

	focusInput(): void {
		this.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
	}

	async run(query: string): Promise<void> {
		const sequence = ++this.#sequence;
		const current = () => sequence === this.#sequence;
		if (!query.trim()) return this.render({ kind: 'idle' }, []);
		this.render({ kind: 'loading' }, null);
		try {
			const engine = await loadEngine(this.dataset['base'] ?? '/');
			const outcome = await relaxedSearch(query, engine);
			const hits = outcome.kind === 'results' ? outcome.hits.slice(0, MAX_RESULTS) : [];
			const records = await Promise.all(hits.map((hit) => hit.data()));
			if (current()) this.render({ kind: 'outcome', outcome }, records);
		} catch (error) {
			console.warn('Tìm kiếm không chạy được:', error);
			if (current()) this.render({ kind: 'error' }, []);
		}
	}

	/** `records` null keeps the current list (while a new search runs). */
	render(state: PanelState, records: RecordData[] | null): void {
		const status = this.querySelector<HTMLElement>('.search-panel__status')!;
		const list = this.querySelector<HTMLOListElement>('.search-panel__results')!;
		const help = this.querySelector<HTMLElement>('.search-panel__help')!;
		const { text, showHelp } = statusFor(state);
		status.textContent = text;
		if (records) {
			list.replaceChildren(...records.map((record) => this.item(record)));
			list.hidden = records.length === 0;
		}
		help.hidden = !(showHelp || state.kind === 'idle');
	}

	item(record: RecordData): HTMLLIElement {
		const view = resultItem(record);
		const li = document.createElement('li');
		li.className = 'search-result';
		const link = document.createElement('a');
		link.className = 'search-result__link';
		link.href = view.href;
		link.textContent = view.title;
		li.append(link);
		if (view.where) {
			const where = document.createElement('p');
			where.className = 'search-result__where';
			where.textContent = `Trong: ${view.where}`;
			li.append(where);
		}
		if (view.summary) {
			const summary = document.createElement('p');
			summary.className = 'search-result__summary';
			summary.textContent = view.summary;
			li.append(summary);
		}
		return li;
	}
}

class SiteSearch extends HTMLElement {
	connectedCallback(): void {
		const dialog = this.querySelector('dialog')!;
		const openButton = this.querySelector<HTMLButtonElement>('button[data-open]')!;
		const fallbackLink = this.querySelector<HTMLAnchorElement>('a[data-open]');
		const panel = this.querySelector<SearchPanel>('search-panel')!;
		const open = () => {
			if (!dialog.open) dialog.showModal();
			panel.focusInput();
		};
		// The link to /tim-kiem/ serves readers without JavaScript; with it, the dialog opens here.
		openButton.hidden = false;
		if (fallbackLink) fallbackLink.hidden = true;
		openButton.addEventListener('click', open);
		this.querySelector('button[data-close]')?.addEventListener('click', () => dialog.close());
		// A click on the backdrop (the dialog element itself, outside its frame) closes it.
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
			// Following a result within this page (an FAQ anchor) must not leave the dialog open.
			if ((event.target as Element).closest('a[href]')) dialog.close();
		});
		window.addEventListener('keydown', (event) => {
			if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
				event.preventDefault();
				if (dialog.open) dialog.close();
				else open();
			}
		});
	}
}

if (!customElements.get('search-panel')) customElements.define('search-panel', SearchPanel);
if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
