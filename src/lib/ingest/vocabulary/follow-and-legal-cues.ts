/**
 * The prompts to follow the outlet elsewhere (newsletter sign-ups, "Síguenos en …", app
 * downloads) and the legal lines that come with them and with the footer: the sign-up's
 * consent, the cookie banner, the terms and privacy links. They stand together because
 * they stand together in the list the classifier reads, whose order matters (ui-cues.ts).
 */
import type { UiCue } from './ui-cue.ts';

const newsletter = 'newsletter or follow prompt';
const legal = 'copyright or legal line';

export const followAndLegalCues: readonly UiCue[] = [
	// "Get our free … newsletter", "Sign me up", "Recibe nuestro newsletter", "Suscríbete al boletín".
	{
		evenInProse: true,
		reason: newsletter,
		pattern:
			/(?:newsletters?|bolet[ií]n(?:es)?)\b.{0,80}$|\bin your inbox\b|\bsign (?:me )?up$|^type your email|^correo electr[oó]nico$|^enviar$/i,
	},
	// "View in browser", "View this email online", "Ver en el navegador": a newsletter's link to
	// its web version.
	{
		reason: newsletter,
		pattern:
			/^(?:view (?:this (?:email|newsletter) )?(?:in (?:your |a )?browser|online|as a web ?page)|ver (?:este correo |este bolet[ií]n )?(?:en (?:el |tu )?navegador|en l[ií]nea|versi[oó]n web))$/i,
	},
	// "Thanks for reading The Line! Subscribe for free …", "Ready for more?", "Recibe cada semana
	// … en tu correo". The thanks is the newsletter's only when it asks for a subscription: a
	// writer's own "Thanks for reading. Tell me where I went wrong." is the text.
	{
		evenInProse: true,
		reason: newsletter,
		pattern:
			/^(?:thanks for reading|gracias por leer)\b.{0,80}\b(?:subscribe|suscr[ií]b)|^ready for more\?|^recibe\b.{0,80}(?:correo|celular|al instante)/i,
	},
	// "Follow our team on X", "Síguenos en Facebook", "Seguinos en Google News", "Únete a nuestro
	// canal", "Join our WhatsApp Channel for the latest news". A hyphen makes another word of the button's ("Follow-up questions were not taken").
	{
		reason: newsletter,
		pattern:
			/^(?:follow (?:us|our)\b|s[ií]guenos|seguinos|[úu]nete a nuestro|join (?:our|us on) (?:\p{L}+ )?(?:channel|group)|\S*\s*recibe las noticias|descarga (?:nuestra|la)(?: nueva)? app|download (?:our|the)(?: free| new)? app|open in app|follow|click here to (?:get|download)|escucha nuestros podcasts)(?![\p{L}\d_-])/iu,
	},
	// "Stay in the loop on national security", "Stay informed", "Stay on top of the day's news.",
	// "Mantente informado": a newsletter box's heading, short (one that reads as a sentence is
	// only flagged).
	{
		reason: newsletter,
		pattern:
			/^(?:stay (?:in the loop|informed|up to date|on top of|ahead of)|mantente (?:informad[oa]|al d[ií]a|al tanto))\b[^.!?]{0,50}[.!]?$/i,
	},
	// "You're signed up. Thank you!", "Thanks for subscribing", "¡Listo! Ya estás suscrito": a
	// sign-up form's message of success, the whole line.
	{
		evenInProse: true,
		reason: newsletter,
		pattern:
			/^(?:you(?:['’]re| are) (?:now |all )?(?:signed up|subscribed|registered)(?: (?:for|to) (?:our|the|this) [\p{L} ]{1,30})?[.!]?(?:\s+thank(?:s| you)[.!]?)?|thanks? (?:you )?for (?:signing up|subscribing|registering)\b.{0,40}|(?:listo!?\s*)?(?:ya )?est[aá]s (?:suscrit[oa]|registrad[oa]|inscrit[oa])\b.{0,40}|gracias por (?:suscribirte|registrarte|inscribirte|tu suscripci[oó]n)\b.{0,40})$/iu,
	},
	// "Something went wrong with your sign-up. Try again.", "Algo salió mal. Inténtalo de nuevo.":
	// its message of failure, which the scrape keeps beside the other though the page shows one.
	// Only with the form's own "Try again." as a sentence of its own.
	{
		evenInProse: true,
		reason: newsletter,
		pattern:
			/^(?:something went wrong|an error (?:has )?occurred|oops|algo sali[oó] mal|(?:ha )?ocurri[oó] un error|hubo un (?:error|problema))\b.{0,80}[.!]\s+(?:please )?(?:try again|int[eé]nt(?:alo|elo|a|e) (?:de nuevo|nuevamente|otra vez|m[aá]s tarde)|vuelv[ae] a intentarlo)\b.{0,20}$/iu,
	},
	// "Pick us as a preferred source", "Add The Courier as a preferred source on Google", "Make us
	// your preferred source", "Agréganos como fuente preferida": a search engine's button to
	// favour the outlet.
	{
		evenInProse: true,
		reason: newsletter,
		pattern:
			/^(?:add|make|pick|choose|set|select)\s+(?:us|\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3})\s+(?:as\s+)?(?:a|your|our)\s+preferred source\b|^(?:a[ñn]ád|agr[eé]g|el[ií]g|seleccion|m[aá]rc)\p{L}*nos\s+como\s+(?:tu\s+|una\s+)?fuente preferida\b/iu,
	},
	// "+ Seguir", "+ Follow", "Seguir", "+ Connect": a social network's button to follow the
	// poster, alone on its line.
	{ reason: newsletter, pattern: /^(?:\+\s*)?(?:follow|seguir|connect|conectar)$/i },
	// "Síguenos en Google News para no perderte nada", "Follow us on Instagram for more", "Para
	// más noticias, sigue nuestras redes sociales": the outlet asking to be followed, which no
	// article sentence does (a plain "Follow …" stays a cue that only flags a sentence).
	{
		evenInProse: true,
		reason: newsletter,
		pattern:
			/^(?:s[ií]guenos|seguinos|follow us) (?:en|on)\b|\b(?:sigue|s[ií]guenos en|seguinos en) nuestras redes(?: sociales\b|[.!]?$)|\bfollow us on social media\b/i,
	},
	// "X: @ana_ruiz", "Instagram: @diario", "@diario_mx" alone: an account to follow, the
	// author's or the outlet's.
	{
		reason: 'social media handle',
		pattern:
			/^(?:(?:x|twitter|instagram|threads|tiktok|bluesky|facebook|mastodon|youtube)\s*:\s*)?@[\w.]{2,30}$/i,
	},
	// "By subscribing you agree…", "Al suscribirte aceptas…", "Signing up means you accept our
	// terms…" (a newsletter box's consent line), "Aviso de privacidad | Términos",
	// "Prohibida su distribución fuera de la institución" (an internal document's notice).
	{
		evenInProse: true,
		reason: legal,
		pattern:
			/(?:by subscribing|by signing up|signing up means you (?:accept|agree)|al suscribirte|al registrarte|privacy policy|aviso de privacidad|t[ée]rminos y condiciones|all rights reserved|todos los derechos reservados|may not be published, broadcast|by entering your email|licencia (?:de )?creative commons|licensed under (?:a )?creative commons|creative commons (?:attribution|atribuci[oó]n)|queda (?:expresamente )?prohibida la reproducci[oó]n|prohibida (?:su|la) (?:reproducci[oó]n|redistribuci[oó]n|distribuci[oó]n))/i,
	},
	// "Este material no puede ser publicado, difundido, reescrito o redistribuido …", "This
	// content may not be reproduced without permission": a wire's or an outlet's reuse notice.
	{
		evenInProse: true,
		reason: legal,
		pattern:
			/^(?:este|esta|el presente|la presente|this) (?:material|contenido|nota|art[ií]culo|content|article|story)\b.{0,40}\b(?:no (?:puede|podr[aá]) ser|may not be|cannot be|must not be) (?:publicad|reproducid|difundid|redistribuid|published|reproduced|broadcast|redistributed)/i,
	},
	// "El contenido de esta página es responsabilidad de la dependencia que lo publicó", "The
	// content of this page is the responsibility of the office that posted it": a government
	// portal's footer, saying whose the page is. A story says "of this report", not "of this page".
	{
		reason: legal,
		pattern:
			/^(?:el contenido de (?:esta|la presente) p[aá]gina es responsabilidad|the content of this (?:page|site) is the responsibility)\b/i,
	},
	// "Este programa es público, ajeno a cualquier partido político. Queda prohibido el uso para
	// fines distintos …": the notice Mexican law has every government programme's page carry.
	{
		evenInProse: true,
		reason: legal,
		pattern:
			/^este programa es p[uú]blico, ajeno a cualquier partido pol[ií]tico|prohibido el uso (?:de este programa )?para fines distintos a los establecidos/i,
	},
	// "Las opiniones expresadas son responsabilidad exclusiva de su autora", "The views
	// expressed are those of the author", "Disclaimer: Opinions expressed here are those of the
	// writers": an opinion page's or a comment box's disclaimer. Only with
	// the disclaimer's own words: "the views expressed by the senators ranged …" is news.
	{
		evenInProse: true,
		reason: 'opinion disclaimer',
		pattern:
			/^(?:(?:disclaimer|descargo de responsabilidad|aviso|nota)\s*:\s*)?(?:las )?opiniones (?:aqu[ií] )?(?:expresadas|vertidas|emitidas)\b.{0,60}\b(?:son (?:de )?(?:la )?(?:exclusiva )?responsabilidad|no (?:necesariamente )?reflejan|corresponden (?:exclusivamente|[úu]nicamente))\b|^(?:disclaimer\s*:\s*)?(?:the )?(?:views|opinions) expressed\b.{0,60}\b(?:are (?:those of|solely|entirely)|(?:author|writer|contributor)['’]?s? own|do not (?:necessarily )?(?:reflect|represent))\b/i,
	},
	// "We use cookies …", "Utilizamos cookies propias y de terceros …", "Política de cookies",
	// "Configurar cookies", "We and our partners use cookies and similar technologies …": the
	// consent banner, and the US opt-out link ("Do Not Sell or Share My Personal Information").
	{
		evenInProse: true,
		reason: legal,
		pattern:
			/(?:(?:we|this (?:site|website))(?: and our (?:partners|vendors))? uses? cookies|cookies and similar technologies|cookies y (?:otras )?tecnolog[ií]as similares|(?:utilizamos|usamos) cookies|este sitio (?:web )?(?:usa|utiliza) cookies|pol[ií]tica de (?:cookies|privacidad)|configura(?:r|ci[oó]n de) cookies|cookie (?:policy|settings|preferences)|do not sell (?:or share )?my personal information)/i,
	},
	// "Aviso legal", "Terms of Use", "Your Privacy Choices", "Accessibility Help", "Aceptar",
	// "We value your privacy", "EEO Report", "FCC Public File" (a US broadcaster must link
	// them): the footer's and the consent banner's links, titles and buttons.
	{
		reason: legal,
		pattern:
			/^(?:aviso legal|terms of (?:use|service)|(?:your )?privacy choices|accessibility(?: help| statement)?|accesibilidad|manage (?:options|preferences|cookies)|reject all|we value your privacy|(?:valoramos|respetamos) tu privacidad|t[ée]rminos de uso|condiciones de uso|eeo (?:report|public file)|fcc (?:public (?:inspection )?file|applications)|public (?:inspection )?file|closed captioning(?: (?:contact|help))?|contacto|contact us|cont[aá]ctanos|aceptar(?: (?:todo|todas|cookies))?|accept(?: all)?(?: cookies)?|rechazar)$/i,
	},
	// "… receives support from private foundations … It is solely responsible for all content",
	// "La agencia es la única responsable de todo el contenido": an agency's note on who funds a
	// beat, which every paper that runs its story carries below it. No article sentence
	// disclaims "all content".
	{
		evenInProse: true,
		reason: 'funding or standards notice',
		pattern:
			/\b(?:is|are) solely responsible for all (?:of its )?content\b|\bes (?:el|la) [uú]nic[oa] responsable de todo el contenido\b/i,
	},
	// "Conforme a los criterios de", "According to the principles of": the same badge with its
	// logo, an image, lost in the paste, so the line stops on its preposition.
	{
		reason: 'funding or standards notice',
		pattern:
			/^(?:conforme a|de acuerdo con|seg[uú]n) los (?:criterios|principios|est[aá]ndares) de$|^(?:in accordance with|according to) the (?:principles|standards|criteria) of$/iu,
	},
	// "Adheres to the principles of …", "Se adhiere a los criterios de transparencia de …": a
	// badge of the standards an outlet signs up to, set under each article. Flagged when it reads
	// as a sentence: "adheres to" may open a clause of the text.
	{
		reason: 'funding or standards notice',
		pattern:
			/^(?:(?:this (?:site|outlet|newsroom) )?adheres to|(?:este (?:medio|diario|sitio) )?se adhiere a)\b.{0,80}\b(?:trust|transparen\p{L}+|credibili\p{L}+|standards|est[aá]ndares|principios|criterios|principles)\b/iu,
	},
];
