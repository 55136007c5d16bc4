/**
 * The words of a video or audio player and a photo gallery: listen-to-this-article bars,
 * playlist entries, a player's button labels and read-outs, a podcast's transcript box, a
 * video's title and credit, a gallery's counter and buttons, a broadcaster's menu.
 */
import type { UiCue } from './ui-cue.ts';

const player = 'video or audio player';

export const playerAndGalleryCues: readonly UiCue[] = [
	// "Listen to this article · 5 min", "Escuchar nota · 4 min", "Escuchar artículo".
	{
		reason: player,
		pattern:
			/^(?:listen to this (?:article|story)|escuchar (?:est[ae] )?(?:nota|art[ií]culo|noticia))\b/i,
	},
	// "Narrated by a voice actor.", "Voiced by AI", "Narrado por …", "Audio produced by …": the
	// credit of an article's read-aloud version, set by its player.
	{
		reason: player,
		pattern:
			/^(?:(?:narrated|voiced) by|(?:narrad[oa]|locutad[oa]) por|audio (?:produced|generated) by|audio (?:producido|generado) por)\b/i,
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
	// "WATCH | The minister on the talks:", "MIRA | …", "LISTEN | …": a broadcaster's player, its
	// kind in capitals and a bar before the clip's title.
	{ reason: player, pattern: /^(?:WATCH|LISTEN|MIRA|VEA|ESCUCHA|ESCUCHE|AUDIO|EN VIDEO)\s*\|\s*\S/u },
	// "Video Sheinbaum sobre reportes…", "VIDEO | …": a player's title set before the text.
	{ reason: player, pattern: /^(?:[Vv][ií]deo|V[IÍ]DEO)\s*[|:–—-]?\s+[\p{Lu}"“«¿]/u },
	// "Escuche aquí el podcast del día", "Listen to our podcast": a podcast promotion.
	{
		reason: player,
		pattern:
			/^(?:esc[uú]ch(?:e|a|alo)|listen to|oye)\b.{0,30}\b(?:podcast|programa|episodio|episode|en vivo|live)\b.{0,30}$/i,
	},
	// "VIDEO03:14", "Video 2:05", "Vídeo 1:30": a player's label and the clip's running time; the
	// clip's title stands under it.
	{
		reason: player,
		opensTeasers: true,
		pattern: /^(?:v[ií]deo|audio)\s*\d{1,2}:\d{2}(?::\d{2})?$/i,
	},
	// "Watch now", "WATCH NOW", "Ver ahora", "Míralo ahora": a player's call to play.
	{ reason: player, pattern: /^(?:watch|ver|m[ií]ra(?:lo)?) (?:now|ahora|ya)$/i },
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
	// "Skip back 15 seconds", "1x", "1.5×": an audio or video player's buttons and its speed.
	{
		reason: player,
		pattern:
			/^(?:[0-3](?:[.,]\d{1,2})?\s?[x×]|reproducir|pausar|pausa|silenciar|activar sonido|pantalla completa|subt[ií]tulos|velocidad(?: de reproducci[oó]n)?|(?:retroceder|adelantar|avanzar) \d+ (?:segundos|seg|s)|(?:skip|rewind|jump|go) (?:back|forward|ahead) \d+ (?:seconds|secs?|s))$/i,
	},
	// "42 min", "12 min", "1 h 5 min": a running or reading time alone, beside a player.
	{
		reason: player,
		pattern: /^(?:\d+\s*(?:h|hr|hrs|horas?|hours?)\s*)?\d+\s*(?:min|mins|minutes|minutos)\.?$/i,
	},
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
	// "Playlist", "Download", "Embed", "Descargar", "Escuchar": an audio player's buttons.
	{ reason: player, pattern: /^(?:playlist|download|embed|descargar|insertar|escuchar)$/i },
	// "Download PDF", "Download comp", "Descargar audio": a download button naming what it fetches,
	// one word (a file's format, a photo agency's low-resolution "comp").
	{ reason: 'download button', pattern: /^(?:download|descargar)\s+[\p{L}\d]+$/iu },
	// "Image details", "Photo details", "Detalles de la imagen": the title of a photo's data box
	// (its credit, size and date follow, each a label and a value).
	{
		reason: 'photo controls',
		pattern:
			/^(?:image|photo|picture|file) (?:details|info(?:rmation)?)$|^(?:detalles|datos|informaci[oó]n) de (?:la )?(?:imagen|foto(?:graf[ií]a)?)$/i,
	},
	// "Editorial use only. No commercial use.", "Solo para uso editorial", "Rights managed": a
	// photo agency's licence terms, which no article sentence opens with.
	{
		evenInProse: true,
		reason: 'photo licence terms',
		pattern:
			/^(?:(?:for )?editorial use only|no commercial use|(?:s[oó]lo )?(?:para )?uso editorial(?: [uú]nicamente| exclusivamente)?|prohibido (?:su )?uso comercial|rights managed|royalty[- ]free)\b/i,
	},
	// "Credit: Luis Arriaga/PressPhoto", "Photo: AP", "Foto: Cuartoscuro", "Crédito: Especial": a
	// photo's credit on its own line, a label and a name or two (a sentence runs longer).
	{
		reason: 'photo credit',
		pattern:
			/^(?:credit|photo(?:graph)?|image|picture|cr[eé]dito|foto(?:graf[ií]a)?|imagen)s?\s*:\s*\S+(?:\s+\S+){0,4}$/i,
	},
	// "Imagen", "Image", "Fotografía" alone: the label a page sets where a photo was.
	{ reason: 'photo controls', pattern: /^(?:imagen|image|fotograf[ií]a)$/i },
	// "Ver TV en vivo", "Mira la señal en directo", "Watch TV live": a broadcaster's link to its
	// live channel.
	{
		reason: player,
		pattern:
			/^(?:ver|mira|watch)(?: (?:la )?(?:tv|televisi[oó]n|se[ñn]al|canal|channel))? (?:en vivo|en directo|live)$/i,
	},
	// "Watch Live", "En vivo", "Escucha la radio", "Podcasts", "Video": a broadcaster's menu.
	{
		reason: player,
		pattern:
			/^(?:watch live|live|en vivo|en directo|escucha(?:r)? (?:la radio|en vivo|en directo)|podcasts?|videos?|v[ií]deos?)$/i,
	},
];
