/**
 * The words of a share bar, an e-mail-this-story form, a bookmark button and a comment box:
 * the rows around an article that invite the reader to pass it on or answer it. The names
 * of the share buttons themselves, which classify-lines.ts counts word by word rather than
 * matching as a phrase, are here too (`shareButtons`).
 */
import type { UiCue } from './ui-cue.ts';

const share = 'share prompt';
const comments = 'comment prompt';

export const shareAndCommentCues: readonly UiCue[] = [
	// "Share", "Share via email", "Compartir", "Comparte en:", "Comparte esto:".
	{ reason: share, pattern: /^(?:share|compart(?:ir|e))(?:\b.{0,60})?$/i },
	// "Click to share on X (Opens in new window)", "Haz clic para compartir en WhatsApp".
	{
		evenInProse: true,
		reason: share,
		pattern:
			/(?:click to (?:share|email|print)|haz clic para compartir|opens in (?:a )?new window|se abre en una ventana nueva)/i,
	},
	// "Gift this story", "Gift article", "Regala esta nota": a subscriber's button to share past
	// the wall.
	{
		reason: share,
		pattern: /^(?:gift|regal[aá]|regalar) (?:this |esta |este )?(?:story|article|nota|noticia|art[ií]culo)$/i,
	},
	// "Enviar por correo", "E-mail this story", "Email this article", "Link copied!".
	{
		reason: share,
		pattern:
			/^(?:enviar por correo|e-?mail this (?:story|article)|link copied!?|copy link|imprimir|copiar (?:enlace|link|url)|enlace copiado)$/i,
	},
	// The fields of an e-mail-this-story form: "To:", "From:", "Subject:", "Para:", "Asunto:".
	{ reason: share, pattern: /^(?:to|from|subject|your (?:name|email)|para|asunto|tu correo):$/i },
	// "Save", "Guardar", "Save article", "Guardar nota", "Save for later", "Read later", "Guardar
	// para después", "Bookmark": the bookmark button.
	{
		reason: 'save button',
		pattern:
			/^(?:save|guardar|bookmark)(?: (?:article|story|nota|art[ií]culo))?(?: (?:for later|to read later|para (?:despu[eé]s|m[aá]s tarde|leer (?:despu[eé]s|m[aá]s tarde))))?$|^read (?:it )?later$|^leer (?:despu[eé]s|m[aá]s tarde)$/i,
	},
	// "Log in, register or subscribe to save articles for later", "Inicia sesión para guardar esta
	// nota": the bookmark button's prompt. No article sentence tells the reader how to save it.
	{
		evenInProse: true,
		reason: 'save button',
		pattern:
			/\bto save (?:this |the )?(?:articles?|stories|story|pieces?)(?: for later| to read later)?\b|\bpara guardar (?:est[ae] |la |el )?(?:notas?|art[ií]culos?|noticias?)\b/i,
	},
	// "Add to watchlist", "Add to lightbox", "Add to my list", "Añadir a favoritos", "Agregar a mi
	// lista": a button that files the page, a photo or a ticker in one of the reader's collections.
	{
		reason: 'save button',
		pattern: /^(?:add to|a[ñn]adir a|agregar a)(?: (?:my|your|mis?|tus?|la|el))? \p{L}+$/iu,
	},
	// "Enviar por WhatsApp", "Send by email", "Mandar por Telegram": a share button naming its channel.
	{
		reason: share,
		pattern:
			/^(?:enviar|mandar|send)(?: (?:por|by|via|on))? (?:whatsapp|telegram|e-?mail|correo|messenger|sms)$/i,
	},
	// "Comment", "Comentar", "Comentá las notas con tu usuario", "Para comentar … completá los
	// datos": the comment box's button and prompts (Rioplatense forms too).
	{
		reason: comments,
		pattern:
			/^(?:comment|comentar)$|^coment[aá] (?:las notas|esta nota)\b|^para comentar\b.{0,60}(?:datos|registr|usuario|cuenta|sesi[oó]n|suscri)|^(?:suscr[ií]b(?:ete|ite)|reg[ií]strate|inicia sesi[oó]n) para comentar/i,
	},
	// "Los comentarios son responsabilidad exclusiva de quienes los escriben", "Comments are the
	// sole responsibility of their authors": the comment box's disclaimer. No article sentence
	// disclaims its comments.
	{
		evenInProse: true,
		reason: comments,
		pattern:
			/^(?:los )?comentarios (?:publicados |aqu[ií] |de (?:los )?lectores )?(?:son|ser[aá]n) (?:de )?(?:la )?(?:exclusiva |entera |[uú]nica )?responsabilidad (?:exclusiva )?de (?:sus|los|quienes)\b|^comments (?:posted |published )?(?:here )?are (?:the )?(?:sole |entire )?responsibility of (?:their|the)\b/iu,
	},
	// "Social Sharing", "Social share", "Compartir en redes sociales": the share bar's title.
	{ reason: share, pattern: /^(?:social (?:media )?shar(?:ing|e)|compartir en (?:las )?redes(?: sociales)?)$/i },
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
	// "Edit: fixed a typo …", "EDIT 2: thanks for the gold": a forum poster's note on their own
	// post. An article's correction says "Update" or "Editor's note", which this leaves alone.
	{ evenInProse: true, reason: comments, pattern: /^edit(?:ed)?(?:\s*\d)?\s*:\s/i },
	// "Last edited by user on Tue Nov 24, 2026", "Editado por última vez por usuario: …",
	// "Última edición por …": the note a forum's software stamps under an edited post.
	{
		reason: comments,
		pattern:
			/^(?:last edited by|editado por [úu]ltima vez por|[úu]ltima edici[oó]n (?:por|de))\s+\S.{0,60}$/i,
	},
	// "Sort by:", "Ordenar por:", "Sort by: Best": the comment thread's sorting menu.
	{ reason: comments, pattern: /^(?:sort(?:ed)? by|ordenar por|ordenados? por):?(?:\s+\S+)?$/i },
	// "2.4K Followers", "1.203 seguidores", "310 suscriptores": an author's or a channel's count
	// of followers, as a profile card shows it.
	{
		reason: 'follower count',
		pattern: /^[\d.,]+\s?[KkMm]?\s+(?:followers|subscribers|seguidores|suscriptores)$/i,
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
	// "Log in to add your comment", "Sign in to join the conversation", "Inicia sesión para dejar
	// tu comentario", "Regístrate para comentar": the comment box's log-in prompt. No article
	// sentence tells the reader to log in to comment.
	{
		evenInProse: true,
		reason: comments,
		pattern:
			/^(?:log ?in|sign ?in|sign up|register|subscribe|inicia(?:r)? sesi[oó]n|ingres[aáe]|reg[ií]str(?:ate|ese)|suscr[ií]b(?:ete|ase|ite))\b.{0,12}\b(?:to|para) (?:comment|add (?:a|your) comment|post a comment|leave a comment|join the (?:conversation|discussion)|comentar|dejar (?:un|tu|su) comentario|participar)\b/i,
	},
	// "Los comentarios están desactivados para esta nota", "Comments are disabled for this
	// article": the comment box switched off, said of this story or of nothing else.
	{
		evenInProse: true,
		reason: comments,
		pattern:
			/^(?:los )?comentarios (?:est[aá]n|han sido|fueron) (?:desactivados|deshabilitados|cerrados|suspendidos)(?: (?:para|en) (?:esta|este) (?:nota|noticia|art[ií]culo|publicaci[oó]n|entrada))?\.?$|^comments (?:are|have been) (?:disabled|turned off|switched off|closed)(?: (?:for|on) this (?:story|article|post|page))?\.?$/i,
	},
	// "What's your reaction?", "How does this story make you feel?", "¿Qué te pareció esta nota?",
	// "¿Cómo te hizo sentir esta noticia?": a reactions box's question, its answers emotions and
	// their shares below it.
	{
		evenInProse: true,
		reason: 'reactions box',
		pattern:
			/^(?:what(?:['’]s| is) your reaction|how (?:does|did) (?:this|the) (?:story|article|post) make you feel|¿?qu[eé] (?:te|le) (?:pareci[oó]|parece) (?:esta|la|este) (?:nota|noticia|art[ií]culo)|¿?c[oó]mo te (?:hizo )?sentir (?:esta|la|este) (?:nota|noticia|art[ií]culo)|¿?qu[eé] (?:sientes|sentiste) (?:con|al leer) (?:esta|la|este) (?:nota|noticia|art[ií]culo))\??$/i,
	},
	// "Reader comments are moderated", "community guidelines", "please see our Comments FAQ",
	// "our comment policy", "Comments: Our rules", "política de comentarios", anywhere in the line. That
	// comments are closed is said of a senator's account as well: the notice alone on its line
	// is the rule above's.
	{
		evenInProse: true,
		reason: comments,
		pattern:
			/(?:comments are (?:open|moderated)|community guidelines|comments? faq|^comments?\s*:\s*our (?:rules|policy|guidelines)$|\bwant our comments to be\b|\bkeep to our (?:house )?rules\b|\bour (?:comments?|commenting) (?:policy|rules|guidelines)\b|(?:nuestr[ao]s )?(?:pol[ií]tica|reglas|normas) de (?:los )?comentarios|comentarios (?:est[aá]n sujetos a moderaci[oó]n|son moderados)|normas de (?:la comunidad|participaci[oó]n))/i,
	},
];

/** Names of sharing networks and buttons: a line made only of them is a share bar. */
export const shareButtons: ReadonlySet<string> = new Set(
	'facebook x twitter tweet whatsapp telegram linkedin reddit email e-mail link print copy share instagram threads bluesky correo imprimir'.split(
		' ',
	),
);
