/**
 * The furniture of a live blog and of a page split in parts: the key-events box and its
 * switch, the pinned entry's label, the buttons that load more entries, a page counter, and
 * the notice a page shows where a script of its would run.
 */
import type { UiCue } from './ui-cue.ts';

const liveBlog = 'live blog furniture';

export const liveBlogCues: readonly UiCue[] = [
	// "Key events", "Show key events only", "Pinned post", "Entrada fijada", "Lo más destacado":
	// the box of a live blog's main entries, its switch and its pinned entry's label.
	{
		reason: liveBlog,
		pattern:
			/^(?:key events|show key events(?: only)?|pinned(?: post| entry)?|(?:entrada|publicaci[oó]n) fijada|fijad[oa]|(?:momentos|eventos) clave|lo m[aá]s destacado)$/i,
	},
	// "Load earlier posts", "Show newer updates", "Cargar entradas anteriores", "Ver más
	// actualizaciones": the buttons that page through a live blog's entries.
	{
		reason: liveBlog,
		pattern:
			/^(?:(?:load|show|see|view) (?:\d+ )?(?:earlier|older|newer|more|new) (?:posts|updates|entries)|(?:cargar|ver|mostrar) (?:m[aá]s )?(?:entradas|actualizaciones|publicaciones)(?: anteriores| nuevas| recientes)?|(?:older|newer|oldest|latest)(?: posts)?)$/i,
	},
	// "1 of 3", "Page 2 of 5", "Página 1 de 4": a counter of the page's parts.
	{
		reason: 'page counter',
		pattern: /^(?:page |p[aá]gina |parte |part )?\d{1,3} (?:of|de) \d{1,3}$/i,
	},
	// "Please turn on JavaScript to use this feature", "Activa JavaScript para ver este
	// contenido": what a page shows where a script of its would run.
	{
		evenInProse: true,
		reason: 'notice for a script the page runs',
		pattern:
			/^(?:please )?(?:turn on|enable|activate|activa|habilita|activar|habilitar) (?:el )?javascript\b|\bjavascript (?:is (?:disabled|required|turned off)|(?:est[aá] )?desactivado)\b|^(?:your browser does not support|tu navegador no (?:soporta|admite|es compatible))\b/i,
	},
];
