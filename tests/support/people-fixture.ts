import type { Person } from '../../src/schemas/people.ts';

/** People for finder tests, parsed shape as the schema gives it. */
export const testPeople: Person[] = [
	{
		id: 'claudia-sheinbaum',
		name: 'Claudia Sheinbaum',
		aliases: ['Sheinbaum', 'President Sheinbaum', "Mexico's President"],
		role: 'President of Mexico',
		pronoun: 'she',
	},
	{
		id: 'donald-trump',
		name: 'Donald Trump',
		aliases: ['Trump', 'President Trump', 'President Donald Trump'],
		role: 'President of the United States',
		pronoun: 'he',
	},
	{
		id: 'james-hewitt',
		name: 'James Hewitt',
		aliases: ['Hewitt'],
		role: 'Spokesperson, White House National Security Council',
		pronoun: 'he',
	},
	{
		id: 'pete-hegseth',
		name: 'Pete Hegseth',
		aliases: ['Hegseth'],
		role: 'US Secretary of Defense',
		pronoun: 'he',
	},
];
