/**
 * The words of a news page's interface, not of its articles: what a subscribe box, a share
 * bar, a video player or a comment form says, in English and Spanish. Each entry is one cue
 * with the reason provenance records. A cue only ever decides a line that is not running
 * prose by itself: the classifier also weighs the line's length, its function words and
 * its neighbours (see classify-lines.ts), so "did not respond to a request for comment"
 * stays. Patterns match the trimmed line, case-insensitively.
 */
export interface UiCue {
	/** What the line is, as provenance records it. */
	reason: string;
	pattern: RegExp;
	/** The line titles a list (of links, of tags): the short lines after it go with it. */
	opensTeasers?: true;
	/**
	 * The cue is a phrase no article sentence uses ("already a subscriber", "$4.99 a month"),
	 * so it removes a line even when the line reads as a sentence; other cues only flag one.
	 */
	evenInProse?: true;
}

const paywall = 'paywall or subscription prompt';
const login = 'log-in prompt';
const share = 'share prompt';
const comments = 'comment prompt';
const teaser = 'related-story teaser';
const newsletter = 'newsletter or follow prompt';
const player = 'video or audio player';
const stamp = 'time stamp';
const section = 'section, tag or navigation line';
const ad = 'advertisement marker';
const legal = 'copyright or legal line';

export const uiCues: readonly UiCue[] = [
	// "Subscribe for $1 a week", "Suscríbete desde $49 al mes", "Suscribite" (Rioplatense):
	// an imperative to pay or sign up.
	{
		reason: paywall,
		pattern: /^(?:subscribe|suscr[ií]bete|suscribite|suscribirse|get unlimited|accede)\b/i,
	},
	// "You have reached your limit of free articles", "Has alcanzado el límite de notas gratuitas",
	// "¿Tienes una suscripción de empresa?": the meter and the paywall's offers.
	{
		evenInProse: true,
		reason: paywall,
		pattern:
			/(?:reached your (?:free )?(?:article|story) limit|limit of free (?:articles|stories)|alcanzado el l[ií]mite de|suscripci[oó]n de empresa|free articles (?:left|remaining))/i,
	},
	// "Para continuar leyendo, suscríbete …", "To keep reading, log in": the paywall's cut.
	{
		evenInProse: true,
		reason: paywall,
		pattern:
			/^(?:para (?:continuar|seguir) leyendo|to (?:continue|keep) reading)\b.{0,60}(?:suscr|subscri|reg[ií]str|inicia|log in|sign in|sign up)/i,
	},
	// "Desliza para continuar leyendo", "Swipe to keep reading": a mobile page's fold.
	{
		evenInProse: true,
		reason: 'pagination prompt',
		pattern:
			/^(?:desliza|despl[aá]zate|swipe|scroll(?: down)?)\b.{0,20}(?:(?:continuar|seguir) leyendo|(?:continue|keep) reading|leer m[aá]s|read more)\.?$/i,
	},
	// "Already a subscriber?", "¿Ya eres suscriptor?": the paywall's log-in link.
	// "Already have an account? Log in", "¿Ya tenés cuenta?", "¿Ya tienes una cuenta?".
	{
		evenInProse: true,
		reason: login,
		pattern:
			/(?:already a subscriber|ya eres suscriptor|already have an account|ya (?:tienes|ten[eé]s) (?:una )?cuenta)/i,
	},
	// "Ya soy suscriptor", "Ingresa", "Entrar": the log-in link's label alone.
	{
		reason: login,
		pattern:
			/^(?:ya soy suscriptor|ya tengo (?:una )?cuenta|i'?m already a subscriber|ingresa(?:r)?|entrar|acceder|log ?in|sign ?in)$/i,
	},
	// "exclusive to subscribers", "exclusivo para suscriptores", "for subscribers only".
	{
		evenInProse: true,
		reason: paywall,
		pattern:
			/(?:exclusive(?:ly)? (?:to|for) subscribers|exclusivo para suscriptores|subscribers only)/i,
	},
	// "Subscribe for free", "cancel anytime", "unlimited digital access", "lee sin límites".
	{
		evenInProse: true,
		reason: paywall,
		pattern: /(?:subscribe for free|cancel anytime|unlimited (?:digital )?access|sin l[ií]mites)/i,
	},
	// A price per period: "$4.99 a month", "$0.99 for the first 3 months", "$29 al mes", "desde
	// 49 pesos al mes" (an offer's "from", since a wage in pesos a month is news).
	{
		evenInProse: true,
		reason: 'price line',
		pattern:
			/[$€£]\s?\d+(?:[.,]\d+)?\s*(?:a|per|por|al|\/)\s*(?:week|month|year|mes|semana|año)|[$€£]\s?\d+(?:[.,]\d+)?\s+for the first|\b(?:desde|from|por s[oó]lo|for (?:just|only))\s+\d+(?:[.,]\d+)?\s*(?:pesos|d[oó]lares|dollars|euros)\s*(?:a|per|por|al|\/)\s*(?:week|month|year|mes|semana|año)\b/i,
	},
	// "Log in", "Sign in | Subscribe", "Inicia sesión", "Iniciar sesión | Registrarse".
	{
		reason: login,
		pattern: /^(?:log ?in|sign ?in|inicia(?:r)? sesi[oó]n|reg[ií]strate|registrarse)\b/i,
	},
	// "Share", "Share via email", "Compartir", "Comparte en:", "Comparte esto:".
	{ reason: share, pattern: /^(?:share|compart(?:ir|e))(?:\b.{0,60})?$/i },
	// "Click to share on X (Opens in new window)", "Haz clic para compartir en WhatsApp".
	{
		evenInProse: true,
		reason: share,
		pattern:
			/(?:click to (?:share|email|print)|haz clic para compartir|opens in (?:a )?new window|se abre en una ventana nueva)/i,
	},
	// "Enviar por correo", "E-mail this story", "Email this article", "Link copied!".
	{
		reason: share,
		pattern:
			/^(?:enviar por correo|e-?mail this (?:story|article)|link copied!?|copy link|imprimir|copiar (?:enlace|link|url)|enlace copiado)$/i,
	},
	// The fields of an e-mail-this-story form: "To:", "From:", "Subject:", "Para:", "Asunto:".
	{ reason: share, pattern: /^(?:to|from|subject|your (?:name|email)|para|asunto|tu correo):$/i },
	// "Save", "Guardar", "Save article", "Guardar nota": the bookmark button.
	{ reason: 'save button', pattern: /^(?:save|guardar)(?: (?:article|story|nota|art[ií]culo))?$/i },
	// "Comment", "Comentar", "Comentá las notas con tu usuario", "Para comentar … completá los
	// datos": the comment box's button and prompts (Rioplatense forms too).
	{
		reason: comments,
		pattern:
			/^(?:comment|comentar)$|^coment[aá] (?:las notas|esta nota)\b|^para comentar\b.{0,60}(?:datos|registr|usuario|cuenta|sesi[oó]n|suscri)|^(?:suscr[ií]b(?:ete|ite)|reg[ií]strate|inicia sesi[oó]n) para comentar/i,
	},
	// "Ver comentarios", "View comments", "Escribe un comentario...", "Add a comment…".
	{
		reason: comments,
		pattern:
			/^(?:(?:ver|leer|mostrar|see|view|show|read) (?:los |the )?(?:\d+ )?(?:comentarios|comments)|(?:escribe|agrega|a[ñn]ade) (?:un|tu) comentario|(?:write|add|post) a comment)\b/i,
	},
	// "Comments (48)", "Comentarios", "5 comentarios", "Loading comments...".
	{
		reason: comments,
		pattern: /^(?:\d+\s+)?(?:comments?|comentarios?)(?:\s*\(\d+\))?$|^loading comments/i,
	},
	// "Leave a comment", "Deja un comentario", "Déjanos tu comentario", "Sé el primero en comentar".
	{
		evenInProse: true,
		reason: comments,
		pattern:
			/(?:leave a (?:comment|reply)|deja(?:nos)? (?:un|tu) comentario|s[ée] el primero en comentar|be the first to comment|cancelar respuesta|join the conversation|discussion about this post)/i,
	},
	// "Your email address will not be published. Required fields are marked *", "Tu dirección de
	// correo electrónico no será publicada": the comment form's notice under its fields.
	{
		evenInProse: true,
		reason: comments,
		pattern:
			/(?:your email(?: address)? will not be published|required fields are marked|tu (?:direcci[oó]n de )?correo(?: electr[oó]nico)? no (?:ser[aá]|se) publica|(?:los )?campos (?:obligatorios|requeridos) est[aá]n marcados)/i,
	},
	// "Reader comments are moderated", "community guidelines".
	{
		evenInProse: true,
		reason: comments,
		pattern:
			/(?:comments are (?:open|moderated|closed)|community guidelines|comentarios (?:est[aá]n sujetos a moderaci[oó]n|son moderados|est[aá]n cerrados)|normas de (?:la comunidad|participaci[oó]n))/i,
	},
	// "Related", "Related articles", "More news", "Most read", "Lo más leído", "Relacionado",
	// "Read More", "Sigue leyendo:", "Mira esto", "Episodios anteriores": a list of other stories
	// follows.
	{
		reason: teaser,
		opensTeasers: true,
		pattern:
			/^(?:related(?: \w+)?|more (?:news|stories|videos)|most (?:read|popular)|trending(?: now)?|recommended(?: videos| for you)?|you (?:might|may) also like|sponsored stories|relacionad[oa]s?|(?:noticias|notas|art[ií]culos|contenidos?) relacionad[oa]s|lo m[aá]s (?:le[ií]do|visto|reciente)|lo [uú]ltimo|[uú]ltimas noticias|(?:m[aá]s|otras) (?:noticias|videos|le[ií]das|informaci[oó]n)(?: (?:de|en|sobre) \S+(?: \S+)?)?|noticias de inter[eé]s|tambi[eé]n te puede interesar|te puede interesar|te recomendamos|te sugerimos|recomendados?|(?:quiz[aá]s?|tal vez) te interese|podr[ií]a interesarte|mir[aá] tambi[eé]n|lee tambi[eé]n|contenido patrocinado|read more from \w+(?: \w+)?|read more|sigue leyendo|keep reading|mira esto|lee esto|no te (?:lo )?pierdas|don'?t miss|see also|ver tambi[eé]n|(?:more|previous|past|latest|other|recent) episodes|(?:m[aá]s|otros|[uú]ltimos) episodios|episodios (?:anteriores|recientes))[:.]?$/i,
	},
	// "More in World": a section's link list.
	{
		reason: teaser,
		opensTeasers: true,
		pattern: /^more (?:stories |news |articles )?(?:in|from|on) \S+(?: &)?(?: \S+){0,2}$/i,
	},
	// "Trending: …", "Don't miss: …", "Lee también: …", "Te puede interesar: …", "Leé también: …".
	{
		evenInProse: true,
		reason: teaser,
		pattern:
			/^(?:trending|don'?t miss|must read|watch|lee tambi[eé]n|le[eé] tambi[eé]n|te puede interesar|te recomendamos|tambi[eé]n lee|sigue leyendo|ver tambi[eé]n|related article|lee|lea|lea tambi[eé]n|lee m[aá]s|mira|mir[aá] tambi[eé]n|checa|checa tambi[eé]n|podr[ií]a interesarte|(?:quiz[aá]s?|tal vez) te interese|nota relacionada|noticia relacionada|m[aá]s informaci[oó]n)\s*:\s*\S/i,
	},
	// "Related article" above a single teaser.
	{ reason: teaser, opensTeasers: true, pattern: /^related (?:article|story)$/i },
	// "Get our free … newsletter", "Sign me up", "Recibe nuestro newsletter", "Suscríbete al boletín".
	{
		evenInProse: true,
		reason: newsletter,
		pattern:
			/(?:newsletter|bolet[ií]n)\b.{0,80}$|\bin your inbox\b|\bsign (?:me )?up$|^type your email|^correo electr[oó]nico$|^enviar$/i,
	},
	// "View in browser", "View this email online", "Ver en el navegador": a newsletter's link to
	// its web version.
	{
		reason: newsletter,
		pattern:
			/^(?:view (?:this (?:email|newsletter) )?(?:in (?:your |a )?browser|online|as a web ?page)|ver (?:este correo |este bolet[ií]n )?(?:en (?:el |tu )?navegador|en l[ií]nea|versi[oó]n web))$/i,
	},
	// "Thanks for reading …", "Ready for more?", "Recibe cada semana … en tu correo".
	{
		evenInProse: true,
		reason: newsletter,
		pattern:
			/^(?:thanks for reading|gracias por leer|ready for more\?)|^recibe\b.{0,80}(?:correo|celular|al instante)/i,
	},
	// "Follow our team on X", "Síguenos en Facebook", "Seguinos en Google News", "Únete a nuestro canal".
	{
		reason: newsletter,
		pattern:
			/^(?:follow (?:us|our)\b|s[ií]guenos|seguinos|[úu]nete a nuestro|\S*\s*recibe las noticias|descarga (?:nuestra|la) app|download (?:our|the) app|open in app|follow|click here to (?:get|download)|escucha nuestros podcasts)\b/i,
	},
	// "By subscribing you agree…", "Al suscribirte aceptas…", "Aviso de privacidad | Términos".
	{
		evenInProse: true,
		reason: legal,
		pattern:
			/(?:by subscribing|al suscribirte|privacy policy|aviso de privacidad|t[ée]rminos y condiciones|all rights reserved|todos los derechos reservados|may not be published, broadcast|by entering your email|licencia (?:de )?creative commons|licensed under (?:a )?creative commons|creative commons (?:attribution|atribuci[oó]n)|queda (?:expresamente )?prohibida la reproducci[oó]n|prohibida (?:su|la) (?:reproducci[oó]n|redistribuci[oó]n))/i,
	},
	// "We use cookies …", "Utilizamos cookies propias y de terceros …", "Política de cookies",
	// "Configurar cookies", "We and our partners use cookies and similar technologies …": the
	// consent banner.
	{
		evenInProse: true,
		reason: legal,
		pattern:
			/(?:(?:we|this (?:site|website))(?: and our (?:partners|vendors))? uses? cookies|cookies and similar technologies|cookies y (?:otras )?tecnolog[ií]as similares|(?:utilizamos|usamos) cookies|este sitio (?:web )?(?:usa|utiliza) cookies|pol[ií]tica de (?:cookies|privacidad)|configura(?:r|ci[oó]n de) cookies|cookie (?:policy|settings|preferences)|do not sell my personal information)/i,
	},
	// "Aviso legal", "Terms of Use", "Your Privacy Choices", "Accessibility Help", "Aceptar",
	// "We value your privacy": the footer's and the consent banner's links, titles and buttons.
	{
		reason: legal,
		pattern:
			/^(?:aviso legal|terms of (?:use|service)|(?:your )?privacy choices|accessibility(?: help| statement)?|accesibilidad|manage (?:options|preferences|cookies)|reject all|we value your privacy|(?:valoramos|respetamos) tu privacidad|t[ée]rminos de uso|condiciones de uso|contacto|contact us|cont[aá]ctanos|aceptar(?: (?:todo|todas|cookies))?|accept(?: all)?(?: cookies)?|rechazar)$/i,
	},
	// "Listen to this article · 5 min", "Escuchar nota · 4 min", "Escuchar artículo".
	{
		reason: player,
		pattern:
			/^(?:listen to this (?:article|story)|escuchar (?:est[ae] )?(?:nota|art[ií]culo|noticia))\b/i,
	},
	// "02:45 Sheinbaum responde…", "1:38  Border towns…", "01:47 - Source: …": a playlist entry.
	{ reason: player, pattern: /^\d{1,2}:\d{2}(?::\d{2})?\s+(?:-\s+)?\S/ },
	// "Video: …", "Video Ad Feedback", "Watch: …", "Más videos".
	{ reason: player, pattern: /^(?:video|watch|ver video)\s*:|^video ad feedback$/i },
	// "Cargando video...", "Loading video": the player before it loads.
	{
		reason: player,
		pattern: /^(?:cargando|loading)(?: el)? (?:v[ií]deo|video|reproductor|player)\b/i,
	},
	// "Video Sheinbaum sobre reportes…", "VIDEO | …": a player's title set before the text.
	{ reason: player, pattern: /^(?:[Vv][ií]deo|V[IÍ]DEO)\s*[|:–—-]?\s+[\p{Lu}"“«¿]/u },
	// "Escuche aquí el podcast del día", "Listen to our podcast": a podcast promotion.
	{
		reason: player,
		pattern:
			/^(?:esc[uú]ch(?:e|a|alo)|listen to|oye)\b.{0,30}\b(?:podcast|programa|episodio|episode|en vivo|live)\b.{0,30}$/i,
	},
	// "Reproducir vídeo", "Play video", "Ver video": the player's button.
	{ reason: player, pattern: /^(?:reproducir|play|ver|watch) (?:el )?(?:v[ií]deo|video|audio)$/i },
	// "Video player is loading.", "Mute", "Current Time 0:00", "Loaded: 0%", "Playback Rate",
	// "Fullscreen", "Stream Type LIVE": the text a web video player (video.js and its kin)
	// lays out as labels for its buttons and read-outs.
	{
		reason: player,
		pattern:
			/^(?:(?:the )?video player is loading\.?|pause|mute|unmute|fullscreen|non-fullscreen|exit fullscreen|captions(?: settings| off)?|subtitles(?: settings| off)?|audio track|playback rate|chapters|descriptions(?: off)?|quality levels|picture-in-picture|seek to live\b.*|(?:current|remaining) time\s*-?\d[\d:]*|duration\s*-?\d[\d:]*|loaded:?\s*\d+(?:\.\d+)?\s*%|progress:?\s*\d+(?:\.\d+)?\s*%|stream type\s+\S+)$/i,
	},
	// "This is a modal window.", "Beginning of dialog window. Escape will cancel and close the
	// window.", "Close Modal Dialog": a player's settings dialog, read out for screen readers.
	{
		evenInProse: true,
		reason: player,
		pattern:
			/^(?:this is a modal window\.?|(?:beginning|end) of dialog window\b.*|close modal dialog)$/i,
	},
	// "Reproducir", "Pausar", "Silenciar", "Retroceder 15 segundos", "Velocidad de reproducción",
	// "Skip back 15 seconds": an audio or video player's buttons in Spanish and English.
	{
		reason: player,
		pattern:
			/^(?:reproducir|pausar|pausa|silenciar|activar sonido|pantalla completa|subt[ií]tulos|velocidad(?: de reproducci[oó]n)?|(?:retroceder|adelantar|avanzar) \d+ (?:segundos|seg|s)|(?:skip|rewind|jump|go) (?:back|forward|ahead) \d+ (?:seconds|secs?|s))$/i,
	},
	// "42 min", "12 min", "1 h 5 min": a running or reading time alone, beside a player.
	{ reason: player, pattern: /^(?:\d+\s*(?:h|hr|hrs|horas?|hours?)\s*)?\d+\s*(?:min|mins|minutes|minutos)\.?$/i },
	// "Transcripción", "Ver transcripción completa", "Read full transcript", "Transcripts are
	// generated automatically and may contain errors": the transcript box of a podcast or newscast.
	{
		evenInProse: true,
		reason: 'transcript notice',
		pattern:
			/^(?:transcripci[oó]n|transcript)$|^(?:ver|leer|mostrar|read|see|view|show)(?: the| la)? (?:full |complete )?(?:transcripci[oó]n|transcript)(?: completa)?$|^(?:las )?transcripci(?:[oó]n|ones)\b.{0,100}(?:autom[aá]tic|pueden contener errores|no est[aá]n? disponibles?|solicitar)|^transcripts?\b.{0,100}(?:automatically|may contain errors|(?:are|is) not available|request a transcript)/i,
	},
	// "(Source: KXVT)", "(Fuente: Especial)", "(Credit: Reuters)" closing a title of ten words
	// or fewer: the title and credit of a video or photo. A longer line may be a figure's
	// sentence citing its source, and is left to the other rules.
	{
		reason: 'video or photo caption',
		pattern:
			/^(?:\S+\s+){0,9}\S+\s*\((?:source|fuente|credit|cr[eé]dito|photo|foto|video|v[ií]deo)s?:\s*[^()]{1,40}\)$/i,
	},
	// "Image 1 of 5", "Foto 2 de 8", "Gallery", "Open gallery", "Next image", "Foto anterior":
	// a photo gallery's counter and buttons.
	{
		reason: 'photo controls',
		pattern:
			/^(?:(?:image|photo|picture|slide|foto|imagen|fotograf[ií]a)\s+\d+\s*(?:of|de|\/)\s*\d+|(?:open|view|see|abrir|ver)(?: the| la)? (?:photo )?(?:gallery|galer[ií]a)(?: de fotos)?|(?:photo )?gallery|galer[ií]a(?: de fotos)?|(?:previous|next) (?:image|photo|slide)|(?:foto|imagen) (?:anterior|siguiente))$/i,
	},
	// "hide caption", "Enlarge this image", "Ampliar imagen": a photo's controls.
	{
		reason: 'photo controls',
		pattern:
			/^(?:(?:hide|show|toggle) caption|(?:enlarge|expand) (?:this )?image|(?:ampliar|ver) (?:la )?(?:imagen|foto(?:graf[ií]a)?)|ocultar (?:pie de foto|leyenda))$/i,
	},
	// "Playlist", "Download", "Embed", "Descargar": an audio player's buttons.
	{ reason: player, pattern: /^(?:playlist|download|embed|descargar|insertar)$/i },
	// "Watch Live", "En vivo", "Escucha la radio", "Podcasts", "Video": a broadcaster's menu.
	{
		reason: player,
		pattern:
			/^(?:watch live|live|en vivo|en directo|escucha(?:r)? (?:la radio|en vivo|en directo)|podcasts?|videos?|v[ií]deos?)$/i,
	},
	// "3 min read", "Tiempo de lectura: 2 minutos", "5 minutos de lectura".
	{
		reason: 'reading-time line',
		pattern:
			/\b\d+\s*(?:min(?:ute)?s?\.? read|min(?:utos?|\.)? de lectura)\b|^(?:tiempo de )?lectura:?\s*\d+\s*min|^tiempo de lectura\b/i,
	},
	// "4 hours ago", "hace 3 horas", "17 hours ago".
	{
		reason: stamp,
		pattern:
			/\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|^hace\s+\d+\s+(?:segundos?|minutos?|min|horas?|hrs?|d[ií]as?|semanas?)$/i,
	},
	// "Updated: May 4, 2025", "Updated 6:03 PM ET", "Published 10:41 AM", "Posted May 3", "Actualizado: …".
	{
		reason: stamp,
		pattern:
			/^(?:updated|published|posted|last updated|originally published|actualizado|publicado|modificado)\b:?\s*(?:on\s+|at\s+|el\s+|al\s+|a las\s+|hace\s+)?(?:\d|[a-z]{3,9}\.?\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)/i,
	},
	// "Advertisement", "Publicidad", "Anuncio publicitario", "Article continues below this ad".
	{
		reason: ad,
		pattern:
			/^(?:[—–-]\s*)?(?:advertisement|publicidad|anuncio(?: publicitario)?|sponsored(?: content)?)(?:\s*[—–-])?$|continues below (?:this )?(?:ad|advertisement)|contin[úu]a leyendo (?:despu[ée]s|debajo) del anuncio/i,
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
	// "Aumentar tamaño del texto", "A+", "Increase font size": the reader's text-size buttons.
	{
		reason: 'text-size buttons',
		pattern:
			/^(?:(?:aumentar|disminuir|reducir|ampliar) (?:el )?tama[ñn]o (?:del texto|de (?:la )?(?:letra|fuente))|(?:increase|decrease) (?:the )?(?:text|font) size|tama[ñn]o de (?:la )?(?:letra|fuente)|text size)$/i,
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
	// "Anterior", "Siguiente", "Next article", "Nota anterior", "Ver todos los episodios": the
	// links to the next story or episode.
	{
		reason: 'navigation',
		pattern:
			/^(?:anterior|siguiente|previous|next|(?:nota|noticia|art[ií]culo|entrada) (?:anterior|siguiente)|(?:previous|next) (?:post|article|story)|(?:see|view|ver) (?:all|todos los) (?:episodes|episodios))$/i,
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
	// Report it …": the newsroom's contact and corrections box.
	{
		evenInProse: true,
		reason: 'contact prompt',
		pattern:
			/^(?:have a (?:news )?tip|send us a tip|escr[ií]benos a|email us at|¿encontraste un error|report an error|reporta un error|report a (?:typo|mistake|correction)|(?:see|spot|spotted|found) (?:a|an) (?:typo|error|mistake|spelling)|¿(?:viste|detectaste|encontraste) (?:un|alg[uú]n) error)\b|\b(?:escr[ií]benos|cont[aá]ctanos) (?:a|al|por|en)\b/i,
	},
	// Button labels of a page: "Menu", "Search", "Sections", "e-Edition", "Live TV", "Menú", "Buscar", "Like", "Restack".
	{
		reason: section,
		pattern:
			/^(?:sections|all sections|e-edition|live tv|like this:|me gusta esto:|men[uú]|buscar|like|restack|me gusta(?: cargando\.*)?|cargando\.*|skip to main content|search site|close search panel\.?|ir al contenido(?: principal)?|saltar al contenido(?: principal)?|(?:ver|leer|cargar|load|see|show) m[aá]s|(?:load|see|show) more|continue|continuar|cerrar|close|portada|inicio|secciones|a-\s*a\+|a\+\s*a-)$/i,
	},
];

/** The cue a line matches, one that holds even in prose first. */
export function uiCue(line: string): UiCue | undefined {
	// Spanish opens an exclamation or a question with its own mark: "¡Síguenos …!" is "Síguenos".
	const bare = line.replace(/^[¡¿]+\s*/, '');
	const matches = uiCues.filter((cue) => cue.pattern.test(line) || cue.pattern.test(bare));
	return matches.find((cue) => cue.evenInProse) ?? matches[0];
}

/** Names of sharing networks and buttons: a line made only of them is a share bar. */
export const shareButtons: ReadonlySet<string> = new Set(
	'facebook x twitter tweet whatsapp telegram linkedin reddit email e-mail link print copy share instagram threads bluesky correo imprimir'.split(
		' ',
	),
);

/**
 * What an outlet's promotion of itself is made of, when it is written as plain sentences ("Sign
 * up for our morning briefing, delivered on weekdays. It's free."): no one phrase names it, but
 * it speaks of the outlet, to the reader, about a channel that carries the news. An article
 * sentence may do one of these ("What does that mean for you?"); a promotion does two.
 */
export type PromotionFamily = 'outlet' | 'reader' | 'channel';

export interface PromotionCue {
	family: PromotionFamily;
	pattern: RegExp;
}

export const promotionCues: readonly PromotionCue[] = [
	// The outlet of itself: "our newsroom", "our politics team", "our foreign desk", "our
	// coverage", "this email", "this episode". Not "our country": only what a newsroom makes or
	// who works in it.
	{
		family: 'outlet',
		pattern:
			/\b(?:our|this) (?:[\p{L}-]+ ){0,2}(?:newsletters?|newsroom|desk|bureau|team|staff|editors|reporters|correspondents|journalists|coverage|reporting|app|podcasts?|newscasts?|site|website|members|subscribers|reading list|briefing|email|episode)\b/iu,
	},
	// The same in Spanish: "nuestra app", "nuestro canal", "nuestros miembros", "este pódcast",
	// "este episodio", "nuestra página de Facebook". Not "este programa" (a government's too).
	{
		family: 'outlet',
		pattern:
			/(?:^|[^\p{L}])(?:nuestr[oa]s?|est[ea]) (?:app|aplicaci[oó]n|canal|p[aá]gina|redacci[oó]n|bolet[ií]n|newsletter|p[oó]dcasts?|episodio|sitio|miembros|socios|lectores|suscriptores|equipo|periodistas|reporteros|corresponsales|cobertura|noticiero|comunidad)(?![\p{L}])/iu,
	},
	// Speaking to the reader in English: "you", "your".
	{ family: 'reader', pattern: /\byou(?:r|rs|'re|’re|'ll|’ll|'ve|’ve)?\b/i },
	// An English imperative opening a sentence: "Sign up for …", "Tell a friend", "Get our …",
	// "Forward it to …", "Never miss a story"; "Enjoying this newsletter?" asks the reader too.
	{
		family: 'reader',
		pattern:
			/(?:^|[.!?]\s+)(?:sign up|subscribe|join|get|download|follow|tell|watch|listen|share|support|report|find|visit|become|consider|forward|turn on|enjoying|never miss|don[’']t miss)\b/i,
	},
	// Speaking to the reader in Spanish: "tu", "tus", "te" ("¿Te gustó …?").
	{ family: 'reader', pattern: /(?:^|[^\p{L}])(?:tu|tus|te|ti)(?![\p{L}])/iu },
	// A Spanish imperative: "Únete", "Suscríbete", "Descárgala", "Encuentra", "Escúchalo",
	// "Déjanos", "Activa", "Síguenos", "Sigue nuestra cobertura", "Hazte socio", "Entérate".
	{
		family: 'reader',
		pattern:
			/(?:^|[.!?¿¡]\s*)(?:[úu]nete|suscr[ií]bete|s[ií]guenos|sigue|desc[aá]rga(?:la|lo)?|activa|encuentra|esc[uú]cha(?:lo|nos)?|recibe|ent[eé]rate|d[eé]janos|comparte(?:lo)?|reg[ií]strate|ap[óo]yanos|hazte|visita)(?![\p{L}])/iu,
	},
	// The channels that carry the news, and the words of an offer: "newsletter", "inbox", "alerts",
	// "app", "Spotify", "WhatsApp", "for free", "gratis", "readers", "every Tuesday", "weeknights".
	{
		family: 'channel',
		pattern:
			/\b(?:newsletters?|inbox|e-?mail|alerts|notifications|app|podcasts?|streaming|spotify|apple podcasts|google news|whatsapp|telegram|facebook|instagram|tiktok|youtube|for free|it[’']s free|free (?:streaming|app|newsletter|trial|account|alerts)|weekdays|weeknights|weekly|delivered|readers|subscribers|membership|become a member|every (?:week|day|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i,
	},
	{
		family: 'channel',
		pattern:
			/(?:^|[^\p{L}])(?:bolet[ií]n|correo|notificaciones|aplicaci[oó]n|app|gratis|gratuit[oa]|p[oó]dcasts?|canal|celular|lectores|suscriptores|miembros|spotify|whatsapp|telegram|facebook|cada (?:semana|ma[ñn]ana|d[ií]a|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo))(?![\p{L}])/iu,
	},
];
