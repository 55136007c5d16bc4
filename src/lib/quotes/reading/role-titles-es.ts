/**
 * The Spanish titles a role gives ("la mandataria", "el secretario de Seguridad", "el
 * embajador estadounidense"), from the offices role-titles.ts reads out of the English role,
 * with the person's pronoun for the gender Spanish marks. Data first: how each English office
 * and complement is said in Spanish.
 */

/** An office as role-titles.ts reads it (`Office` there), in the fields used here. */
interface SpanishOffice {
	noun: string;
	of?: string;
	country?: {
		spanishAdjectives: { he: readonly string[]; she: readonly string[] };
		spanishNames: readonly string[];
	};
}

type Gender = 'he' | 'she';
type Forms = Record<Gender, readonly string[]>;

/** How Spanish news names the holder of each office, by the English office's last word. */
const heads: Record<string, Forms> = {
	// "la presidenta", "la mandataria", "la titular del Ejecutivo federal", "la gobernante".
	president: {
		he: ['presidente', 'mandatario', 'jefe del Ejecutivo', 'titular del Ejecutivo', 'gobernante'],
		she: ['presidenta', 'mandataria', 'jefa del Ejecutivo', 'titular del Ejecutivo', 'gobernante'],
	},
	// A minister: "el secretario de Seguridad", "el titular de Seguridad".
	secretary: { he: ['secretario', 'titular'], she: ['secretaria', 'titular'] },
	ambassador: { he: ['embajador'], she: ['embajadora'] },
	senator: { he: ['senador'], she: ['senadora'] },
	representative: {
		he: ['representante', 'congresista', 'legislador'],
		she: ['representante', 'congresista', 'legisladora'],
	},
	spokesperson: { he: ['vocero', 'portavoz'], she: ['vocera', 'portavoz'] },
	nominee: { he: ['nominado'], she: ['nominada'] },
};

/** A press secretary speaks for the government: "la vocera de la Casa Blanca", "la portavoz". */
const pressSecretary: Forms = {
	he: ['secretario de prensa', 'vocero', 'portavoz'],
	she: ['secretaria de prensa', 'vocera', 'portavoz'],
};

/** The field of a ministry, as Spanish names it after "de" ("Secretary of Defense"). */
const fields: Record<string, string> = {
	defense: 'Defensa',
	security: 'Seguridad',
	economy: 'Economía',
	foreign: 'Relaciones Exteriores',
	'foreign affairs': 'Relaciones Exteriores',
	state: 'Estado',
	interior: 'Gobernación',
	'homeland security': 'Seguridad Nacional',
};

/** The foreign minister is "el canciller" in every Spanish-speaking country. */
const foreignMinister: Forms = { he: ['canciller'], she: ['canciller'] };

const article: Record<Gender, string> = { he: 'el', she: 'la' };

/** The Spanish titles of `offices` for a person with `pronoun` (both genders when unset). */
export function spanishTitles(
	offices: readonly SpanishOffice[],
	pronoun: Gender | undefined,
): string[] {
	const titles = new Set<string>();
	const genders: Gender[] = pronoun ? [pronoun] : ['he', 'she'];
	for (const { noun, of, country } of offices) {
		const words = noun.split(' ');
		const head = words.at(-1)!;
		let modifiers = words.slice(0, -1);
		const former = modifiers[0] === 'former';
		if (former) modifiers = modifiers.slice(1);
		if (modifiers[0] === 'deputy') modifiers = modifiers.slice(1);
		const field = fields[of ?? modifiers.join(' ')];
		const press = head === 'secretary' && modifiers.join(' ') === 'press';
		const forms = press ? pressSecretary : heads[head];
		// A modifier Spanish has no word for here ("border patrol official"): no title is safer.
		if (!forms || (modifiers.length > 0 && !field && !press)) continue;
		for (const gender of genders) {
			const the = article[gender];
			for (const form of forms[gender]) {
				if (former && form.includes(' ')) continue;
				const name = former ? `ex${form}` : form;
				if (field) {
					titles.add(`${the} ${name} de ${field}`);
					continue;
				}
				titles.add(`${the} ${name}`);
				if (name.includes(' ')) continue;
				for (const adjective of country?.spanishAdjectives[gender] ?? [])
					titles.add(`${the} ${name} ${adjective}`);
				for (const place of country?.spanishNames ?? []) titles.add(`${the} ${name} de ${place}`);
			}
			if (field) titles.add(`${the} ${former ? 'ex' : ''}${forms[gender][0]}`);
			if (field === 'Relaciones Exteriores')
				for (const form of foreignMinister[gender]) titles.add(`${the} ${form}`);
		}
	}
	return [...titles];
}
