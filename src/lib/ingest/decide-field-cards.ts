/**
 * A card of fields, each a short label and its value on a line ("Medio: Diario
 * Metropolitano" / "Página: 4" / "Tiraje: 112,500", "Registrado: …" / "Mensajes: 4218" /
 * "Ubicación: Monterrey"): a press clipping's data, a forum poster's profile, a file's
 * details. One such line may be the text's ("Why it matters: …" runs on as a sentence), but
 * three in a row, none a sentence, are a form the page fills in, whatever its labels say.
 */
import { isResidue, type LineDecisions } from './line-decisions.ts';
import { words } from './line-shapes.ts';

/** Fewer fields than this in a row may be the text's own labels. */
const minFields = 3;

/**
 * "Label: value", the label of three words at most, the value of six, not closing a sentence.
 * A headline set the same way ("Sheinbaum: «Ningún soldado…»", "Mexico: the border reopens")
 * quotes someone or runs in lower-case words: neither is a field.
 */
export function isField(line: string): boolean {
	const match = /^(\p{L}[\p{L}'’ ]{0,30}):\s+(\S.*)$/u.exec(line);
	if (!match) return false;
	const [label, value] = [match[1]!, match[2]!];
	return (
		words(label).length <= 3 &&
		words(value).length <= 6 &&
		!/["“”«»]/.test(value) &&
		!(words(value).length >= 4 && words(value).some((w) => /^\p{Ll}/u.test(w))) &&
		!/[.!?…]["'”’»)]?$/.test(value.replace(/\d\.\d+$/, ''))
	);
}

/** Removes each run of `minFields` field lines or more, residue between them allowed. */
export function removeFieldCards(state: LineDecisions): void {
	const { trimmed, decisions, ruled, isContentShape } = state;
	let run: number[] = [];
	const close = () => {
		if (run.length >= minFields)
			for (const i of run)
				if (!ruled.has(i))
					decisions.set(i, {
						action: 'remove',
						reason: 'a card of short "label: value" fields (a clipping\'s data, a profile)',
					});
		run = [];
	};
	trimmed.forEach((line, i) => {
		if (line === '') return;
		if (isField(line) && !isContentShape(line, i)) run.push(i);
		else if (!isResidue(state, i)) close();
	});
	close();
}
