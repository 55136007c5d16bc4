import { classifyLines } from '../../src/lib/ingest/classify-lines.ts';

/**
 * Article sentences we wrote, in English and Spanish, for ingestion tests to set residue
 * beside: whatever a rule removes, these must stay.
 */
export const prose = [
	'The two delegations met for six hours on Thursday and agreed to meet again in March.',
	'Officials on both sides said the talks had covered arms trafficking and extraditions.',
	'Neither government mentioned troops in the joint statement released after the meeting.',
];
export const texto = [
	'Las dos delegaciones se reunieron durante seis horas y acordaron verse de nuevo en marzo.',
	'Funcionarios de ambos países dijeron que hablaron de tráfico de armas y extradiciones.',
	'Ninguno de los gobiernos mencionó tropas en el comunicado conjunto que se difundió después.',
];

/** The classifier's decisions by line text (`action: reason`), for readable expectations. */
export function decide(lines: string[]): Record<string, string> {
	return Object.fromEntries(
		[...classifyLines(lines)].map(([i, d]) => [lines[i]!, `${d.action}: ${d.reason}`]),
	);
}
