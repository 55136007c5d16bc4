/**
 * The words of a reader poll's box: its title over the question ("Encuesta", "Poll") and the
 * button under its answers ("Votar", "Vote"). decide-poll.ts reads the box by its shape.
 */

/** The box's title, alone on its line. */
export const pollTitle =
	/^(?:encuesta|sondeo|consulta|opina|participa|poll|quick poll|reader poll|have your say)[:.]?$/i;

/** The button that sends the answer, or shows the count instead. */
export const pollButton =
	/^(?:votar|vota|enviar(?: (?:mi )?voto)?|ver resultados|vote|vote now|submit(?: vote)?|see results|view results)$/i;
