import type { Attribution, Reading } from '../reading/reading.ts';
import { wordsIn } from '../reading/sentences.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';
import { speakerFrom } from './subjects.ts';

/**
 * A cleft sentence right after the quotation's that says who spoke it: "Según la grabación,
 * fue el canciller De la Fuente quien la pronunció", "It was the minister who said it". A
 * correction names the speaker this way after the sentence that quoted the words. Up to one
 * short opening phrase before "fue"/"it was"; the verb after the relative must be one of
 * speech.
 */
const cleft =
	/^\s*(?:[^.,;:]{1,40},\s*)?(?:fue|it\s+was)\s+([^.,;:]{2,60}?)\s+(?:quien|quienes|el\s+que|la\s+que|who)\s+(?:(?:la|lo|las|los|it|them)\s+)?(\p{L}+)/iu;

/** The speaker a cleft sentence right after the quotation's sentence gives it, if any. */
export function cleftAfter(reading: Reading): Attribution | undefined {
	const { text, sentence, lang } = reading;
	const rest = text.slice(sentence.end);
	const match = cleft.exec(rest);
	if (!match || !speechVerbOf(match[2]!, lang)) return undefined;
	const start =
		sentence.end + match.index + match[0].indexOf(match[1]!, match[0].search(/fue|it\s+was/i));
	const words = wordsIn(text, start, start + match[1]!.length);
	const found = speakerFrom(reading, words, 0, match[2]!);
	return found?.subject || found?.description ? found : undefined;
}
