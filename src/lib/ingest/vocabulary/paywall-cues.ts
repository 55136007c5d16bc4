/**
 * The words of a paywall and its meter: the imperative to subscribe, the count of free
 * articles left, the cut that stops the text, a price per period, and the log-in prompts and
 * labels that go with them: what stands between a reader and the text.
 */
import type { UiCue } from './ui-cue.ts';

const paywall = 'paywall or subscription prompt';
const login = 'log-in prompt';

export const paywallCues: readonly UiCue[] = [
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
	// "Te quedan 2 artículos gratuitos este mes", "Le queda 1 nota gratis", "You have 3 free
	// stories left", "You've read 4 of 5 free articles", "You have read 2 of 3 free stories this
	// month", "Has leído 3 de 5 notas gratuitas": the meter's count.
	{
		evenInProse: true,
		reason: paywall,
		pattern:
			/^(?:te|le|les) queda(?:n)? \d+ (?:art[ií]culos?|notas?|noticias?|contenidos?) (?:gratuit[oa]s?|gratis|libres?)\b|^you (?:have|['’]ve got) \d+ free (?:articles?|stories|reads?)\b|^you(?:['’]ve| have) read \d+ (?:of|out of) (?:your )?\d+ free\b|^(?:has|ha) le[ií]do \d+ de (?:tus |sus )?\d+ (?:art[ií]culos|notas|noticias|contenidos)\b/i,
	},
	// "Para continuar leyendo, suscríbete …", "To keep reading, log in", and the same cut as an
	// imperative: "Continue reading with a subscription for …", "Sigue leyendo con tu suscripción".
	{
		evenInProse: true,
		reason: paywall,
		pattern:
			/^(?:para (?:continuar|seguir) leyendo|to (?:continue|keep) reading|(?:continue|keep) reading|(?:contin[uú]a|sigue|segu[ií]) leyendo)\b.{0,60}(?:suscr|subscri|reg[ií]str|inicia|log in|sign in|sign up)/i,
	},
	// "Desliza para continuar leyendo", "Swipe to keep reading": a mobile page's fold.
	{
		evenInProse: true,
		reason: 'pagination prompt',
		pattern:
			/^(?:desliza|despl[aá]zate|swipe|scroll(?: down)?)\b.{0,20}(?:(?:continuar|seguir) leyendo|(?:continue|keep) reading|leer m[aá]s|read more)\.?$/i,
	},
	// "Already a subscriber?", "Already subscribed?", "¿Ya eres suscriptor?", "¿Ya es suscriptor?"
	// (usted): the paywall's log-in link. "Already have an account? Log in", "¿Ya tenés cuenta?",
	// "¿Ya tienes una cuenta?".
	{
		evenInProse: true,
		reason: login,
		pattern:
			/(?:already (?:a subscriber|subscribed)|ya (?:eres|es|sos) suscript|ya est[aá]s suscrit|already have an account|ya (?:tienes|ten[eé]s) (?:una )?cuenta)/i,
	},
	// "Ya soy suscriptor", "Ingresa", "Entrar": the log-in link's label alone.
	{
		reason: login,
		pattern:
			/^(?:ya soy suscriptor|ya tengo (?:una )?cuenta|i'?m already a subscriber|ingresa(?:r)?|entrar|acceder|log ?in|sign ?in)$/i,
	},
	// "Esta nota es para suscriptores", "This story is for subscribers": the wall's own notice,
	// the text it cuts short named as "this story"; and its button, "VER PLANES", "See plans".
	{
		evenInProse: true,
		reason: paywall,
		pattern:
			/^(?:est[ae] (?:nota|noticia|art[ií]culo|contenido) es (?:solo |s[oó]lo |exclusiv[oa] )?para suscriptores|this (?:story|article|content) is (?:only |exclusively )?for subscribers)\b|^(?:ver|conoc[eé]) (?:los |nuestros )?planes$|^(?:see|view) (?:all |our )?plans$/i,
	},
	// "Premium content", "Premium", "Contenido premium", "Exclusive content": the badge a paywall
	// sets over the text it cuts, alone on its line.
	{
		reason: paywall,
		pattern:
			/^(?:premium(?: (?:content|article|story))?|(?:contenido|art[ií]culo|nota) premium|exclusive content|contenido exclusivo)$/i,
	},
	// "exclusive to subscribers", "exclusivo para suscriptores", "for subscribers only".
	{
		evenInProse: true,
		reason: paywall,
		pattern:
			/(?:exclusive(?:ly)? (?:to|for) subscribers|exclusivo para suscriptores|subscribers only)/i,
	},
	// "Subscribe for free", "cancel anytime", "unlimited digital access", "lee sin límites", and
	// an offer's free months: "llévate 3 meses gratis", "get 2 months free", "gratis por 6 meses".
	{
		evenInProse: true,
		reason: paywall,
		pattern:
			/(?:subscribe for free|cancel anytime|unlimited (?:digital )?access|sin l[ií]mites|\b\d+ (?:meses|semanas|months|weeks) (?:gratis|free)\b|\b(?:gratis|free) (?:por|for) \d+ (?:meses|semanas|months|weeks)\b)/i,
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
];
