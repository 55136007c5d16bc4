/**
 * The words of an outlet's promotion of itself when it is written as plain sentences, sorted
 * into the three families promotion.ts counts. Apart from the interface cues because they
 * never decide a line alone: a line needs two families, or three, to be a promotion.
 */
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
	// coverage", "this email", "this episode", "this newspaper", "our journalism". Not "our
	// country": only what a newsroom makes or who works in it.
	{
		family: 'outlet',
		pattern:
			/\b(?:our|this) (?:[\p{L}-]+ ){0,2}(?:newsletters?|newsroom|desk|bureau|team|staff|editors|reporters|correspondents|journalists|journalism|coverage|reporting|app|podcasts?|newscasts?|site|website|members|subscribers|reading list|briefing|email|episode|newspaper|publication)\b/iu,
	},
	// The same in Spanish: "nuestra app", "nuestro canal", "nuestros miembros", "este pódcast",
	// "este episodio", "nuestra página de Facebook", "este medio", "nuestro periodismo". Not "este
	// programa" (a government's too).
	{
		family: 'outlet',
		pattern:
			/(?:^|[^\p{L}])(?:nuestr[oa]s?|est[ea]) (?:app|aplicaci[oó]n|canal|p[aá]gina|redacci[oó]n|bolet[ií]n|newsletter|p[oó]dcasts?|episodio|sitio|miembros|socios|lectores|suscriptores|equipo|periodistas|reporteros|corresponsales|cobertura|noticiero|comunidad|medio|diario|peri[oó]dico|periodismo)(?![\p{L}])/iu,
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
	// Who pays for the news, as a member appeal names them: "quienes nos apoyan", "quienes lo
	// sostienen", "people who support us", "readers like you". Not "advertisers" or "donors",
	// which a story about the press names too.
	{
		family: 'channel',
		pattern:
			/\b(?:quienes (?:nos|lo|la) (?:apoyan|sostienen|financian)|(?:people|those|readers) who (?:support|fund) (?:us|it)|readers like you)\b/iu,
	},
	// The channels that carry the news, and the words of an offer: "newsletter", "inbox", "alerts",
	// "app", "Spotify", "WhatsApp", "for free", "gratis", "readers", "every Tuesday", "weeknights",
	// "todos los viernes", "every weekday morning", "each week".
	{
		family: 'channel',
		pattern:
			/\b(?:newsletters?|inbox|e-?mail|alerts|notifications|app|podcasts?|streaming|spotify|apple podcasts|google news|whatsapp|telegram|facebook|instagram|tiktok|youtube|for free|it[’']s free|free (?:streaming|app|newsletter|trial|account|alerts)|weekdays|weeknights|weekly|delivered|readers|subscribers|membership|become a member|(?:every|each) (?:weekday(?: morning| evening)?|week|day|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i,
	},
	{
		family: 'channel',
		pattern:
			/(?:^|[^\p{L}])(?:bolet[ií]n|correo|notificaciones|aplicaci[oó]n|app|gratis|gratuit[oa]|p[oó]dcasts?|canal|celular|lectores|suscriptores|miembros|spotify|whatsapp|telegram|facebook|(?:cada|todos los|todas las) (?:semanas?|ma[ñn]anas?|d[ií]as?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados?|domingos?))(?![\p{L}])/iu,
	},
];
