/**
 * The rest of a news page's furniture around an article: advertisement markers, tag lists
 * and section links, the author box, text-size buttons, notes on where the article ran,
 * links to the next story, a byline's bare label, membership and donation appeals, the
 * newsroom's standards and contact boxes, and the page's menu buttons.
 */
import type { UiCue } from './ui-cue.ts';

const section = 'section, tag or navigation line';
const ad = 'advertisement marker';

export const pageFurnitureCues: readonly UiCue[] = [
	// "Advertisement", "Publicidad", "Anuncio publicitario", "Article continues below this ad",
	// "… continues after this ad" (the slot's label, wherever the ad stands); "Skip advertisement"
	// and "Ad feedback" under a slot, "Advertise with …", "Anúnciate con nosotros": its links.
	{
		reason: ad,
		pattern:
			/^(?:[—–-]\s*)?(?:advertisement|publicidad|anuncio(?: publicitario)?|sponsored(?: content)?)(?:\s*[—–-])?$|continues (?:below|after) (?:this )?(?:ad|advertisement)|contin[úu]a leyendo (?:despu[ée]s|debajo) del anuncio|^skip (?:advertisement|ad)$|^ad feedback$|^advertise (?:with|on) [\p{L}\d .&'’-]{1,30}$|^an[uú]nci(?:ate|ese|e) (?:con nosotros|aqu[ií])$/iu,
	},
	// "Comunicado 027 (PDF, 184 KB)", "Full report (PDF 2.1 MB)": a link to download a file, its
	// format and size in brackets at the end.
	{
		reason: 'file download link',
		pattern: /\((?:pdf|docx?|xlsx?|pptx?|zip|epub|csv)[,;]?\s*[\d.,]+\s*(?:[kmg]b|bytes)\)$/i,
	},
	// "Archivado en", "Tags relacionados", "Etiquetas", "Temas", "Topics" alone on a line: the
	// tag list's title; the short lines under it are its tags.
	{
		reason: 'tag list',
		opensTeasers: true,
		pattern:
			/^(?:archivado en|tags(?: relacionados)?|etiquetas|temas(?: relacionados)?|topics|more on these topics)[:.]?$/i,
	},
	// "Tags:", "Topics:", "Posted in:", "Etiquetas:", "Temas relacionados:", "Temas:".
	{ reason: section, pattern: /^(?:posted in|etiquetas|temas(?: relacionados)?|secci[oó]n)\s*:/i },
	// "See all topics", "Agregue a sus temas de interés", "Report this article", "Read the full story at the source".
	{
		reason: section,
		pattern:
			/^(?:see all topics|agregue a sus temas|report this (?:article|story)|read the full story|sources?:\s)/i,
	},
	// "Sobre la firma", "About the author", "Bio completa", "Ver perfil", "More by Ana Ruiz",
	// "Notas de Ana Ruiz": the author box and its link to the author's other stories.
	{
		reason: 'author box',
		pattern:
			/^(?:sobre (?:la firma|el autor|la autora)|about the author|bio completa|ver (?:perfil|biograf[ií]a)|full bio|more (?:stories )?by this author|m[aá]s (?:notas|art[ií]culos) (?:de|del autor))$|^(?:more (?:stories |articles )?by|(?:m[aá]s )?(?:notas|art[ií]culos) (?:de|por)) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/iu,
	},
	// "Aumentar tamaño del texto", "A+", "Increase font size", "Larger text size", "Tamaño de letra
	// grande": the reader's text-size buttons, each naming the size it sets.
	{
		reason: 'text-size buttons',
		pattern:
			/^(?:(?:aumentar|disminuir|reducir|ampliar) (?:el )?tama[ñn]o (?:del texto|de (?:la )?(?:letra|fuente))|(?:increase|decrease) (?:the )?(?:text|font) size|tama[ñn]o (?:del texto|de (?:la )?(?:letra|fuente))(?: (?:muy )?\p{L}+)?|(?:(?:very|extra) )?(?:normal|default|small|smaller|medium|large|larger|largest|big|bigger)? ?(?:text|font) size)$/iu,
	},
	// "Data is a real-time snapshot *Data is delayed at least 15 minutes.", "Quotes delayed at
	// least 20 minutes", "Cotizaciones con retraso de 15 minutos": a market widget's note on its
	// figures. Only with the widget's subject: "trains were delayed 20 minutes" is news.
	{
		evenInProse: true,
		reason: 'market data notice',
		pattern:
			/^(?:market )?(?:data|quotes?) (?:is |are )?a real-time snapshot\b|\b(?:data|quotes?) (?:is |are )?delayed (?:by )?(?:at least |up to )?\d+ min|^(?:datos|cotizaciones) (?:con|en) (?:un )?(?:retraso|diferido) de (?:al menos |hasta )?\d+ min/i,
	},
	// "Este artículo forma parte de nuestra alianza …", "This story was originally published
	// by …": the page's note on the article, not the article.
	{
		reason: 'publication note',
		pattern:
			/^(?:este (?:art[ií]culo|contenido|texto|reportaje)|esta (?:nota|verificaci[oó]n|publicaci[oó]n)|this (?:article|story|report|piece)) (?:forma parte|fue (?:publicad|producid|elaborad|realizad)|se public|is part of|was (?:originally )?(?:published|produced))/i,
	},
	// "Published in the print edition of …", "A version of this article appears in print on …",
	// "Publicado en la edición impresa …": where else the article ran.
	{
		evenInProse: true,
		reason: 'publication note',
		pattern:
			/^(?:(?:published|appeared|appears|ran) in (?:the )?print(?: edition)?\b|an? (?:version|edition) of this (?:article|story) (?:appeared|appears|ran) in print\b|(?:publicad[oa]|apareci[oó]) en (?:la )?edici[oó]n impresa\b)/i,
	},
	// "Published in The Indus Courier, November 28th, 2026", "Publicado en El Diario del Sur, 28 de
	// noviembre de 2026": the outlet and date of the edition the article ran in, set under it.
	{
		reason: 'publication note',
		pattern:
			/^(?:(?:[Ff]irst )?[Pp]ublished|[Aa]ppeared|[Pp]ublicad[oa]|[Aa]parecid[oa]) (?:in|en) (?:the |el |la )?\p{Lu}[^,.;]{1,40}, (?:\p{L}+ \d{1,2}(?:st|nd|rd|th)?|\d{1,2} de \p{L}+ de),? (?:19|20)\d{2}\.?$/u,
	},
	// "Anterior", "Siguiente", "Next article", "Nota anterior", "Ver todos los episodios": the
	// links to the next story or episode.
	{
		reason: 'navigation',
		pattern:
			/^(?:anterior|siguiente|previous|next|(?:nota|noticia|art[ií]culo|entrada) (?:anterior|siguiente)|(?:previous|next) (?:post|article|story)|(?:see|view|ver) (?:all|todos los) (?:episodes|episodios))$/i,
	},
	// "Cite this", "Cite this article", "How to cite", "Cómo citar este artículo", "Citar": a
	// think tank's or a journal's citation button.
	{
		reason: 'citation button',
		pattern:
			/^(?:cite(?: this(?: (?:article|page|report|publication|piece))?)?|how to cite(?: this)?|citar|c[oó]mo citar(?: est[ea] (?:art[ií]culo|texto|informe|p[aá]gina))?)$/i,
	},
	// "Notes", "Footnotes", "Endnotes", "Notas", "Notas al pie": the heading of a commentary's
	// footnotes, which follow it as "[1] …" lines.
	{ reason: "the notes' heading", pattern: /^(?:notes|footnotes|endnotes|notas(?: al pie)?)$/i },
	// "Story continues", "Article continues below", "La nota continúa", "Continúa la noticia": the
	// mark where a page broke the text for a widget.
	{
		reason: 'continue-reading mark',
		pattern:
			/^(?:(?:the )?(?:story|article) continues(?: below)?|(?:la )?(?:nota|noticia) contin[úu]a(?: abajo| debajo)?|contin[úu]a (?:la )?(?:nota|noticia))\.{0,3}$/i,
	},
	// "Click here to subscribe to the print edition", "Haz clic aquí", "Toca aquí para …": a link's
	// instruction to the reader.
	{
		reason: 'link prompt',
		pattern: /^(?:click|tap|haz clic|haga clic|da clic|pulsa|pulse|toca|toque) (?:here|aqu[ií])\b/i,
	},
	// "Por:", "By:", "Autor:": a byline's label whose name the page set apart.
	{ reason: 'byline label', pattern: /^(?:por|by|autor|autora|author):$/i },
	// "Hazte miembro", "Únete a nuestra comunidad de miembros", "Become a member", "Support
	// independent journalism": a membership or donation appeal.
	{
		evenInProse: true,
		reason: 'membership or donation appeal',
		pattern:
			/(?:^hazte (?:miembro|socio|socia|suscriptor)|[úu]nete a nuestra comunidad|^become a (?:member|subscriber|supporter)|support (?:our|independent) journalism|apoya (?:nuestro|el) periodismo|^(?:donate|dona|donar)(?: now| ahora| hoy)?$|^ap[óo]yanos$|^aporta desde\b)/i,
	},
	// "Our Standards: …", "Nuestros principios editoriales": the newsroom's standards link.
	{
		reason: section,
		pattern:
			/^(?:our standards|editorial standards|nuestros (?:principios|est[aá]ndares)(?: editoriales)?)\b/i,
	},
	// "Have a news tip? Email us at …", "Escríbenos a …", "Report a typo", "See a spelling error?
	// Report it …", "¿Viste algo mal en esta nota?", "Reach her at …": the newsroom's contact and
	// corrections box, and the author's contact line.
	{
		evenInProse: true,
		reason: 'contact prompt',
		pattern:
			/^(?:(?:have|got) a (?:news )?tip|send us a tip|escr[ií]benos a|email us at|¿encontraste un error|report an error|reporta un error|report a (?:typo|mistake|correction)|(?:see|spot|spotted|found) (?:a|an) (?:typo|error|mistake|spelling)|¿(?:viste|detectaste|encontraste) (?:un|alg[uú]n) error|¿(?:viste|ves|detectaste|encontraste) algo (?:mal|incorrecto|raro)|(?:see|saw|spot|spotted) something wrong)\b|\b(?:escr[ií]benos|cont[aá]ctanos) (?:a|al|por|en)\b|^(?:you can )?(?:reach|contact|email|e-mail) (?:him|her|them|the (?:author|reporter|writer)) (?:at|on|via)\b/i,
	},
	// "Avisanos", "Avísanos", "Let us know": the corrections box's button, alone on its line;
	// "Connect via email", "Contactar por correo": the author box's contact link.
	{
		reason: 'contact prompt',
		pattern:
			/^(?:av[ií]sanos|let us know|connect (?:via|on|by) (?:e-?mail|x|twitter|linkedin|facebook|instagram|bluesky|threads)|contactar (?:por|v[ií]a) (?:correo|e-?mail|x|twitter|linkedin))\.?$/i,
	},
	// "Contact press@institute.example for interviews.", "Call the newsroom at (956) 555-0142",
	// "Escribe a redaccion@diario.example": a short line telling the reader where to write or
	// call, an e-mail address or a phone number in it. A sentence that gives one runs longer.
	{
		reason: 'contact prompt',
		pattern:
			/^(?:contact|e-?mail|write to|call|text|reach|contacta(?:r)?|escribe(?: a)?|llam[ae](?: al?)?)\b.{0,60}(?:[\w.+-]+@[\w-]+\.[\w.-]+|\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]?\d{4})/i,
	},
	// Button labels of a page: "Menu", "Search", "Sections", "e-Edition", "Live TV", "Menú", "Buscar", "Like", "Restack".
	{
		reason: section,
		pattern:
			/^(?:sections|all sections|e-edition|live tv|like this:|me gusta esto:|men[uú]|buscar|like|restack|me gusta(?: cargando\.*)?|cargando\.*|loading\.*|skip to main content|search site|close search panel\.?|ir al contenido(?: principal)?|saltar al contenido(?: principal)?|(?:ver|leer|cargar|load|see|show) m[aá]s|(?:load|see|show) more|continue|continuar|cerrar|close|portada|inicio|secciones|a-\s*a\+|a\+\s*a-)$/i,
	},
	// "Skip to key events", "Skip to navigation", "Saltar a la navegación": a skip link for
	// keyboards and screen readers ("Saltar al vacío" is not one). After the button labels, which name
	// "Skip to main content" and "Saltar al contenido" first.
	{
		reason: 'navigation',
		pattern:
			/^skip to [\p{L} ]{3,30}$|^saltar (?:a(?:l| la| los)?|hasta(?: el| la)?) (?:contenido|navegaci[oó]n|men[uú]|pie de p[aá]gina|comentarios|b[uú]squeda|(?:lo )?[uú]ltimo)\b[\p{L} ]{0,20}$/iu,
	},
];
