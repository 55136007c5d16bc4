import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	ingestSets,
	scoreFixtureSet,
	setsToScore,
} from '../../src/lib/ingest/score-fixture-sets.ts';
import {
	addScores,
	fixtureText,
	type IngestScore,
	scoreIngest,
	scoreTable,
} from '../../src/lib/ingest/score-ingest.ts';

const gold = {
	lang: 'en',
	junk_lines: [
		'Share',
		'Advertisement',
		'Comments (3)',
		'pic.twitter.com/abc — A (@a) May 1, 2025',
	],
	heading_lines: ['A headline'],
	caption_lines: [],
	optional_lines: ['By Someone'],
	duplicate_lines: ['A repeated teaser'],
};
const lines = [
	'A headline', // 1
	'By Someone', // 2
	'Share', // 3
	'', // 4
	'The first paragraph of the article.', // 5
	'Advertisement', // 6
	'A second paragraph with pic.twitter.com/abc — A (@a) May 1, 2025 in it.', // 7
	'A repeated teaser', // 8
	'Comments (3)', // 9
	'A repeated teaser', // 10
];

describe('scoreIngest', () => {
	it('counts residue removed, flagged and left silently, content lost, optional lines', () => {
		const score = scoreIngest(lines, gold, {
			removed: new Set([1, 3, 5]),
			flagged: new Set([6]),
		});
		expect(score).toMatchObject({
			residue: 4,
			removed: 1,
			flagged: 1,
			leftSilently: 2, // "Comments (3)", and the credit glued inside line 7
			content: 2,
			contentLost: 1,
			optionalKept: 1,
			optionalRemoved: 1,
			duplicatesLeft: 1,
		});
		expect(score.misses).toEqual([
			'LOST  5: The first paragraph of the article.',
			'left  9: Comments (3)',
			'left  7 (inside the line): pic.twitter.com/abc — A (@a) May 1, 2025',
		]);
	});

	it('counts residue inside a flagged line as flagged', () => {
		const score = scoreIngest(lines, gold, {
			removed: new Set([3, 6, 9, 10]),
			flagged: new Set([7]),
		});
		expect(score).toMatchObject({ leftSilently: 0, flagged: 1, removed: 3, duplicatesLeft: 0 });
	});

	it('adds scores and prints a row per set with percentages of the residue', () => {
		const one = scoreIngest(lines, gold, { removed: new Set([3]), flagged: new Set() });
		const total = addScores([one, one]);
		expect(total.residue).toBe(8);
		expect(total.misses).toHaveLength(one.misses.length * 2);
		const table = scoreTable([{ set: 'x en', score: total }]);
		expect(table[2]).toMatch(/^x en\s+8\s+6 \(75 %\)\s+0 \(0 %\)\s+2\s+0\/4\s+4\/0\s+2$/);
	});

	it('with --tuning, reads the tuning sets only, never the unseen one', () => {
		const tuning = setsToScore(true);
		expect(tuning.map((set) => set.name)).toEqual([
			'dev',
			'ingest-2-tuning',
			'ingest-3-tuning',
			'ingest-4-tuning',
			'ingest-4-tuning-2',
			'ingest-5-tuning',
			'ingest-6-tuning',
			'ingest-7-tuning',
			'ingest-8-tuning',
			'ingest-9-tuning',
			'ingest-10-tuning',
			'ingest-11-tuning',
			'ingest-13-tuning',
		]);
		expect(tuning.some((set) => set.unseen || set.dir.includes('unseen'))).toBe(false);
		expect(setsToScore(false)).toEqual(ingestSets);
	});

	it('reads the raw text after the fixture header', () => {
		expect(fixtureText('OUTLET: x\nLANG: en\n\nFirst line\n\nSecond')).toBe('First line\n\nSecond');
	});
});

/**
 * Ingestion's figures per set and language, as `npm run ingest:score` prints them. Ceilings
 * sit at what ingestion reaches today, so a regression fails here before it ships. Tuning
 * sets must meet the targets (residue left silently at most 5 %, flagged at most 15 %). The
 * unseen set was never tuned on, but its first score (before issue 16's classifier work: 3 of
 * 30 Spanish lines left, a section path beside a log-in row of pipes and two one-word header
 * labels) was described in this comment, so it is only half unseen; measured again after that
 * work by the lead, it left none and flagged none. Its ceilings hold, the targets are not
 * asserted on it. No set may lose a content line. ingest-4's tuning half was added untuned
 * (first score: en 26 left, 14 flagged, 2 lost; es 15, 11, 1) and now meets the targets like
 * the other tuning sets. Nothing was changed for the unseen halves; after that work they were
 * scored once, aggregate only, and their ceilings are those figures: ingest-4 unseen en 9 left
 * and 11 flagged (first score 11 and 17), es unchanged (4, 10); ingest-2 unseen es flagged one
 * line it had not (which one was not looked at). ingest-4's unseen half then became a second
 * tuning half (ingest-4-tuning-2), when a fresh unseen set (ingest-5) was written to replace it;
 * tuned on, it went from en 9 left / 11 flagged and es 4 / 10 to none left and none flagged, and
 * ingest-4-tuning es from 4 flagged to 3 (a live blog's "load more" button). Then flags that
 * needed no editor went on the other sets: ingest-3-tuning es 7 to 3, ingest-4-tuning en 4 to 3
 * and es 3 to 2; a newsletter's blurb between residue lines is flagged, so ingest-3-tuning
 * leaves none silently (en 1 left / 1 flagged became 0 / 2, es 1 / 3 became 0 / 4).
 * ingest-5 is wholly unseen and had never been ingested when it was added; the lead scored it,
 * aggregate only, before and after ingest-4-tuning-2's rules (en 28 left, 25 flagged both times;
 * es 10, 23 then 8, 19). It lost content lines (en 2, es 2). Once a fresh unseen set (ingest-6)
 * was being written, ingest-5 became a tuning set for good (ingest-5-tuning): its lost lines were
 * a writer's "Thanks for reading.", a "Follow-up …" sentence and a letter's close with its
 * signature, kept since. Tuned on, it went from en 28 left / 25 flagged and es 8 / 19 to en 6 / 13
 * and es 4 / 10 (a menu of labels above the headline, a machine translation's notice and
 * buttons, a feedback box and its answers, a comment sort menu, follower counts, a forum's
 * "Edit:" note, a download link, end marks), and now meets the targets.
 * ingest-6 is wholly unseen and had never been ingested when it was added; its ceilings are
 * the lead's aggregate runs (first: en 12 left, 14 flagged; es 2, 0; nothing lost; after
 * ingest-5-tuning's rules: en 7, 12; es unchanged). Once a fresh unseen set (ingest-7) was being
 * written, ingest-6 became a tuning set for good (ingest-6-tuning, stop 22). Tuned on, it went
 * from en 7 left / 12 flagged and es 2 / 0 to en 0 / 2 and es 0 / 0, and now meets the targets:
 * a photo agency's data box (licence terms, credit, labelled date, download and lightbox
 * buttons, its size between them), save-for-later and add-to buttons, a citation button, a
 * notes heading, a contact line with an e-mail address or phone number, "click here", "Story
 * continues", a bio under "About the author" whose byline carried a title, a print page's
 * running head with its date and a headline ending in "EE.UU.", menus under a masthead, and
 * teasers past the text in runs of residue (one line, a few, or a question under a teaser
 * title). Flags that needed no editor went too: a sentence broken over print lines, one ending
 * in a footnote mark, "¿Y España?" doubted by a share of one word, "Yes, both." ("both" is a
 * function word), "drones," in a list broken over lines. The same rules took ingest-5-tuning
 * from en 6 left / 13 flagged and es 4 / 10 to en 5 / 8 and es 4 / 8, ingest-3-tuning from en 2
 * and es 4 flagged to 1 and 3, ingest-4-tuning es from 2 flagged to none; then a broadcaster's
 * "Ver TV en vivo" (taken for the headline until then) and a Mexican government programme's
 * legal notice took ingest-5-tuning es to 2 left.
 * ingest-7 is wholly unseen and had never been ingested when it was added, to take over the
 * unseen estimate from ingest-6; its ceilings are the lead's aggregate runs (first: en 8 of 127
 * left silently, 21 flagged; es 27 of 127, 21; after ingest-6-tuning's rules: en 8, 17; es 26,
 * 20; nothing lost either time). Its Spanish half still left a fifth of its residue silently, so
 * it became a tuning set for good (ingest-7-tuning, stop 22) once a fresh unseen set (ingest-8)
 * was being written. Tuned on (its misses grouped by cause, general signals only), it went from
 * en 8 left / 17 flagged and es 26 / 20 to en 4 / 7 and es 2 / 15, nothing lost, and now meets
 * the targets: a text ends at its publisher's end mark ("###", "END", "+++++", "Fin de la
 * nota"), so what stands below it goes (a release's sign-up pitch, a portal's footer, a
 * transcript's ordering notice); a contents page's dotted-leader entries; counts beside icons
 * (a channel's reactions); a card of three "label: value" fields or more (a clipping's data, a
 * forum poster's profile); short runs of lines between residue, two or more past the text's
 * longest run (a thread's replies, a post's comments, a channel's messages), flagged, never
 * removed, an outlet's correction note excepted; a sentence standing alone over a menu no
 * longer opens the text, so the menu above the headline goes on past it; and cues: a follow
 * button, an offer's free months, a transcript's unchecked notice and its air date, a
 * forum's "last edited by" stamp, "prohibida su distribución", the US opt-out link, an icon before a button's words. The same rules took
 * ingest-5-tuning en from 5 left / 8 flagged to 3 / 10 (a forum's two replies, left silently
 * until then, are flagged) and ingest-4-tuning en from 3 flagged to 2.
 * ingest-8 is wholly unseen and had never been ingested when it was added, to take over the
 * unseen estimate from ingest-7. Its ceilings are the lead's aggregate runs (first, with the
 * ingester as after ingest-6-tuning's rules: en 10 of 130 left silently, 9 flagged, 1 of 51
 * content lines lost; es 5 of 130, 4, 1 of 50 lost; after ingest-7-tuning's rules: en
 * unchanged, es 3, 6, 1 lost). Those lost lines break the rule below, but finding them would
 * mean reading the unseen set; they are reported, not hidden. Then, to find them, ingest-8
 * became a tuning set for good (ingest-8-tuning, stop 22) once a fresh unseen set (ingest-9)
 * was being written. Its two "lost" lines were decks under the headline, which the gold counts
 * as content (other sets list decks as heading lines) and ingestion moves to the dek, shown
 * above the body: nothing was lost, the score counted a line moved to the dek as removed. It
 * now counts such a line where it stands, in the article, both ways: residue taken for the dek
 * is left (unless flagged). A stamp is never the dek, a dek standing apart from its headline
 * is flagged, and a '‹' breadcrumb is a section path, which kept the other sets' figures but
 * took ingest-3-tuning en from 1 flagged to 3, ingest-4-tuning-2 en 0 to 1 and
 * ingest-5-tuning es 8 to 9 (residue taken for the dek, now counted and flagged). Below a
 * text's end mark a line that reads as running text is only flagged, and two such lines make
 * the mark a section break (ingest-7-tuning en 7 flagged to 8: a transcript's ordering notice).
 * Tuned on (general signals: interface cues, a skip link naming a box and its title, a teaser
 * headline closing on an abbreviation, a ticker never the headline), ingest-8-tuning went from
 * en 10 left / 9 flagged / 1 lost and es 3 / 6 / 1 to none left, none flagged, nothing lost.
 * A question listed under a teaser title past the text is no longer removed when residue
 * follows it, only flagged: the content properties kept finding an article's closing question
 * ("What does the agreement change for you?") removed between "Related" and "Share", in about
 * half their runs. That took ingest-3-tuning es from 3 flagged to 4, ingest-4-tuning es 0 to 2,
 * ingest-6-tuning en 2 to 3 and ingest-7-tuning en 8 to 9; and ingest-2-unseen es from 1
 * flagged to 2 (its aggregate, as this test's failure printed it; its lines were not read).
 * ingest-9 is wholly unseen and had never been ingested when it was added (ordinary dailies,
 * broadcasters and agencies); its ceilings are the lead's aggregate runs (first, with the
 * ingester as after ingest-7-tuning's rules: en 6 of 127 left silently, 2 flagged, 2 of 52
 * content lines lost; es 2 of 126, 1, 2 of 48 lost; after ingest-8-tuning's round, which also
 * counts a line moved to the dek where it stands: en 6, 2, 1 lost; es 2, 2, none lost). The
 * English lost line breaks the rule below; to find it, ingest-9 became a tuning set for good
 * (ingest-9-tuning, stop 22) once a fresh unseen set (ingest-10) was being written. The lost
 * line was a long read's section break ("*" between two paragraphs), which the rule for lines
 * without letters (counters, icons, separators) removed: glyphs standing between two sentences
 * are now the text's shape, a table test and a content property fail without it. Tuned on
 * (misses by cause, general signals only), it went from en 6 left / 2 flagged / 1 lost and es
 * 2 / 2 to en 0 / 3 and es 0 / 3, nothing lost, and now meets the targets: an author's bio
 * whose byline gives the post after a comma ("Name, Staff writer") or that names the author by
 * surname alone, as an agency's does (2); a lead-in ending in a colon that the page says twice,
 * a sponsor slot's (1); teaser cues addressing the reader as "usted" ("Le puede interesar: …")
 * (1); a magazine's note of the issue a piece ran in (1); a read-aloud credit ("Narrated by …",
 * flagged as it reads as a sentence) (1); an agency's funding disclaimer (1) and a standards
 * badge (flagged) (1). The other sets' figures did not move.
 * ingest-10 is wholly unseen and had never been ingested when it was added (ordinary dailies
 * and broadcasters of six countries); its ceilings are the lead's aggregate runs (first, with
 * the ingester as after ingest-8-tuning's round: en 4 of 116 left silently, 5 flagged, 2 of 47
 * content lines lost; es 3 of 112, 5, 1 of 46 lost; after ingest-9-tuning's round: en
 * unchanged, es 3, 5, none lost). The English lost lines break the rule below; to find them,
 * ingest-10 became a tuning set for good (ingest-10-tuning, stop 22) once a fresh unseen set
 * (ingest-11) was being written. Its two lost lines were a deck, removed as a "short line
 * above the text" because a power-cut notice bar above the site's menu had been taken for the
 * headline (the headline became the dek, the deck a third title), and a broadcaster's credit
 * to the wires without a stop ("With files from …"), removed past the text as a teaser's
 * title. Now no headline is taken above a menu with another headline-like line after it (which
 * also set right the headlines of one page each in ingest-5-tuning es and ingest-6-tuning en
 * and es), and a credit to the wires or colleagues past the text stays; a property of the deck
 * under a notice bar and menu, and credits in the content property, fail without them. Of the
 * rules that remove a sentence, a line doing two things a promotion does now goes only with
 * residue on both sides, not beside one ad slot (flagged otherwise): ingest-4-tuning en 2 to 4
 * flagged, es 2 to 3, ingest-4-tuning-2 en 1 to 2, none lost; and a long line of running
 * words above the text that is no title (a second deck) is kept at the body's head for review
 * instead of removed as a short line (no tuning set's residue figure moved; ingest-2-unseen en
 * went from none flagged to 1, its aggregate as this test's failure printed it, its lines not
 * read); a credit to the wires under a cue that opens a list is no item of it (the content
 * property found it), and the copyright rule leaves a sentence opening "Copyright holders …".
 * Tuned on (misses by cause, general signals only), ingest-10 went from en 4 left / 5 flagged / 2 lost and es 3 / 5 to en
 * 0 / 2 and es 0 / 0, nothing lost, and now meets the targets: ad slots' links ("Skip
 * advertisement", "Ad feedback", "Advertise with …") (3 flagged); a reader poll read by its
 * shape, question to vote button (1 left, 4 flagged); a broadcaster's "WATCH |" player and the
 * clip title under it (2 left); a paywall meter in full words (1 left); a comment box's
 * disclaimer (1 left); a standards badge cut short where its logo stood (1 left); a
 * "Newsletters" label and a share bar's "Social Sharing" title (2 flagged); a newsletter pitch
 * naming its cadence ("every weekday morning"), now flagged (1 left). The other sets' figures
 * did not move.
 * ingest-11 is wholly unseen and had never been ingested when it was added (ordinary dailies of
 * ten outlet kinds, with long reads' section breaks, pull quotes, lists and Q/A lines); its
 * ceilings are the lead's aggregate runs (first, with the ingester as after ingest-9-tuning's
 * round: en 5 of 126 left silently, 12 flagged, none of 50 content lines lost; es 3 of 115, 1,
 * 1 of 46 lost; after ingest-10-tuning's round: en 5, 11, none lost; es unchanged). The Spanish
 * lost line breaks the rule below; to find it, ingest-11 became a tuning set for good
 * (ingest-11-tuning, stop 23) once a fresh unseen set (ingest-12) was being written. The lost
 * line was a long read's section break ("***") with a member appeal's button between it and the
 * paragraph above: the break was kept only with a sentence right beside it on both sides, so it
 * went as a separator. A box of a line or two between a break and its paragraph (pages set ads
 * and appeals at the text's breaks) now leaves it the text's; a table test and the section-break
 * content property (a box on either side) fail without it. Tuned on (misses by cause, general
 * signals only), it went from en 5 left / 11 flagged and es 3 / 1 / 1 lost to en 0 / 1 and
 * es 0 / 1, nothing lost: a paywall's cut as an imperative ("Continue reading with a
 * subscription …"), its "Already subscribed?" link and its "Premium content" badge (en 1 left, 2
 * flagged); a comment box's log-in prompt (en 1 flagged) and its "comments are off" notice (es 1
 * left); a sign-up form's success and failure messages, both kept by the scrape (en 2 left); a
 * reactions box, its question ("What's your reaction?") and its answers' shares (en 1 left, 2
 * flagged); teaser cues "Read: …" and "Lea más: …" (usted) and a "Read Next" list (en 3 flagged,
 * es 1); a search engine's preferred-source button and an app link with "free" (en 2 flagged); a
 * footer link past the text, doubtful until the form's messages below it went (en 1 flagged); a
 * bar of exchange rates above the menu, every segment a price (es 1 left; it had been taken for
 * the headline, which is now found). Two stay flagged, as they read as sentences: a newsletter
 * box's heading ("Stay on top of …", now a cue; en, left before) and a member appeal that speaks
 * of the outlet ("este medio") and of who pays for it ("quienes lo apoyan"), two of a promotion's
 * three things (es, left before). The other sets' figures did not move; the content property
 * gained sentences that open like the new cues ("Something went wrong with the voter
 * registration …") and the new residue.
 * ingest-12 is wholly unseen and had never been ingested when it was added (ordinary dailies,
 * a public radio station and a US Spanish-language daily of ten outlet kinds or countries new
 * to the sets); its ceilings are the lead's aggregate run (first, with the ingester as after
 * ingest-10-tuning's round, stop 23: en 7 of 135 left silently, 10 flagged, none of 45 content
 * lines lost; es 5 of 124, 4, none of 45 lost; after ingest-11-tuning's round: en 6, 9, none
 * lost; es 3, 1, none lost; after the safety net: en 6, 10; es 3, 2; after ingest-13-tuning's
 * round: es 1, 2; never a line lost).
 * ingest-13 is wholly unseen and had never been ingested when it was added (ordinary dailies,
 * a US business site, a Ghanaian portal and a Cuban-exile site of ten outlet kinds or countries
 * new to the sets); its ceilings are the lead's aggregate run (first, with the ingester as after
 * ingest-11-tuning's round, stop 23: en 7 of 165 left silently, 8 flagged, none of 50 content
 * lines lost; es 2 of 146, 4, 1 of 44 lost; after the content safety net: unchanged). The Spanish
 * lost line breaks the rule below; to find it, ingest-13 became a tuning set for good
 * (ingest-13-tuning, stop 23) once a fresh unseen set (ingest-14) was being written. The lost
 * line was a short subhead ("Un aviso a Washington") right after a related box between two
 * paragraphs: the box's list ran on to the text and took it for its last teaser, and the safety
 * net let it go, as four words without a stop sharing none of the text's sentences read as no
 * heading of the article. A subhead alludes rather than names its subject, so the net now also
 * keeps, flagged, a line of two to five words set as a heading that stands between two of the
 * text's paragraphs right above the next (a teaser's headline there runs longer: no tuning set's
 * last teaser before the text was flagged by it); a test and a content property (a box of 0–3
 * teasers between paragraphs, then a subhead) fail without it. Tuned on (misses by cause,
 * general signals only), it went from en 7 left / 8 flagged and es 2 / 4 / 1 lost to en 0 / 2 and
 * es 0 / 3, nothing lost: bars stacked above the site's menu (a place-and-date bar over a
 * border-wait bar, two rows of pipes read as a table and a headline, a web archive's status
 * sentence, a cookie banner): the headline is the line right under the menu, and nothing above
 * it opens the text; a sentence there stays at the body's head, flagged (es 2 left: the wait bar
 * taken for the dek, and a share bar's "X" below the misplaced header; ingest-7-tuning en 4 / 9 to 3 / 10, its archive
 * toolbar's sentence flagged, not left; ingest-4-tuning en's cookie banner no longer the
 * headline); text-size buttons naming the size (en 3 left); a player's "Watch now" and its label
 * with the clip's running time, the clip's title under it now flagged (en 1 left, 2 flagged); a
 * market widget's delay note (en 1 left); a comment box's FAQ link and rules (en 1 left, 2
 * flagged) and its disclaimer after a "Disclaimer:" label (en 1 left; flagged, as it runs past a
 * cue's thirty words); a bookmark's log-in prompt, an author box's "Connect via email", an appeal
 * to join a messaging channel and a note of the edition the article ran in (en 4 flagged); a
 * commenter's name closing on an initial (es 1 flagged). Three stay flagged in Spanish: an ad
 * ("Envía recargas …") taken for a dek apart from the headline, and two replies of a thread; two
 * in English: the clip's title and the long disclaimer. Two of the text's own paragraphs, between
 * a teaser and a newsletter box set into it, were flagged as a thread's replies: replies are now
 * looked for only past the text's last long run (no residue figure moved).
 * Issue 16's safety net (content-safety.ts): each fresh set had lost a line in a new place, so
 * rather than a rule per shape, a line removed only for where it stands or how it is set (above
 * the headline, past the text, listed under a teaser title, in a run of residue) that reads as
 * the article's own sentence or heading, or credits the wires, is now flagged, not removed. No
 * tuning set left a line more silently and none lost one; flags rose where such lines are
 * residue an editor can dismiss at a glance (teaser headlines on the same story, which share
 * the text's words; lines below an end mark; a caption with its agency): dev en 1 to 2,
 * ingest-3-tuning es 4 to 6, ingest-4-tuning-2 es 0 to 4, ingest-5-tuning en 10 to 11 and es 9
 * to 10, ingest-7-tuning es 15 to 17 (13 %), ingest-9-tuning en and es 3 to 4, ingest-10-tuning
 * en 2 to 4 and es 0 to 1, ingest-11-tuning es 1 to 2. A poll's question and a box a skip link
 * names count as named by the interface (its vote button, its skip link and close), so they
 * still go. ingest-12-unseen en went
 * from 9 flagged to 10 and es 1 to 2 (aggregates as this test's failure printed them; its lines
 * were not read; nothing more left silently or lost).
 * ingest-14 is wholly unseen and had never been ingested when it was added (ordinary dailies and
 * news sites of ten outlet kinds or countries new to the sets: Welsh, Trinidadian, Emirati,
 * Malaysian, Belfast; Nicaraguan in exile, Catalan in Spanish, León, Monterrey, Ciudad Juárez);
 * its ceilings are the lead's aggregate run (first, with the ingester as after the safety net,
 * stop 23: en 3 of 142 left silently, 1 flagged, none of 44 content lines lost; es 8 of 137, 3,
 * none of 44 lost; after ingest-13-tuning's round: en unchanged; es 3, 4, none lost).
 * ingest-15 is wholly unseen and had never been ingested when it was added (ordinary dailies and
 * news sites of ten outlet kinds or countries new to the sets: Maltese, Zambian, Fijian,
 * Bermudian, a US college paper; Oaxaca, Basque in Spanish, Cancún, Cuban official, Canarian);
 * its ceilings are the lead's aggregate run (first, with the ingester as after ingest-13-tuning's
 * round, stop 23: en 2 of 122 left silently, 7 flagged, none of 42 content lines lost; es 1 of
 * 132, 3, none of 41 lost).
 * No set may lose a content line.
 */
const ceilings: Record<
	string,
	{ leftSilently: number; flagged: number; lost?: number; unseen?: true; untuned?: true }
> = {
	'dev en': { leftSilently: 0, flagged: 2 },
	'dev es': { leftSilently: 0, flagged: 2 },
	'ingest-2-tuning en': { leftSilently: 0, flagged: 0 },
	'ingest-2-tuning es': { leftSilently: 0, flagged: 1 },
	'ingest-3-tuning en': { leftSilently: 0, flagged: 3 },
	'ingest-3-tuning es': { leftSilently: 0, flagged: 6 },
	'ingest-4-tuning en': { leftSilently: 0, flagged: 4 },
	'ingest-4-tuning es': { leftSilently: 0, flagged: 3 },
	'ingest-2-unseen en': { leftSilently: 0, flagged: 1, unseen: true },
	'ingest-2-unseen es': { leftSilently: 0, flagged: 2, unseen: true },
	'ingest-11-tuning en': { leftSilently: 0, flagged: 1 },
	'ingest-11-tuning es': { leftSilently: 0, flagged: 2 },
	'ingest-12-unseen en': { leftSilently: 6, flagged: 10, unseen: true },
	'ingest-12-unseen es': { leftSilently: 1, flagged: 2, unseen: true },
	'ingest-13-tuning en': { leftSilently: 0, flagged: 2 },
	'ingest-13-tuning es': { leftSilently: 0, flagged: 3 },
	'ingest-14-unseen en': { leftSilently: 3, flagged: 1, unseen: true },
	'ingest-14-unseen es': { leftSilently: 3, flagged: 4, unseen: true },
	'ingest-15-unseen en': { leftSilently: 2, flagged: 7, unseen: true },
	'ingest-15-unseen es': { leftSilently: 1, flagged: 3, unseen: true },
	'ingest-4-tuning-2 en': { leftSilently: 0, flagged: 2 },
	'ingest-4-tuning-2 es': { leftSilently: 0, flagged: 4 },
	'ingest-5-tuning en': { leftSilently: 3, flagged: 11 },
	'ingest-5-tuning es': { leftSilently: 2, flagged: 10 },
	'ingest-6-tuning en': { leftSilently: 0, flagged: 3 },
	'ingest-6-tuning es': { leftSilently: 0, flagged: 0 },
	'ingest-7-tuning en': { leftSilently: 3, flagged: 10 },
	'ingest-7-tuning es': { leftSilently: 2, flagged: 17 },
	'ingest-8-tuning en': { leftSilently: 0, flagged: 0 },
	'ingest-8-tuning es': { leftSilently: 0, flagged: 0 },
	'ingest-9-tuning en': { leftSilently: 0, flagged: 4 },
	'ingest-9-tuning es': { leftSilently: 0, flagged: 4 },
	'ingest-10-tuning en': { leftSilently: 0, flagged: 4 },
	'ingest-10-tuning es': { leftSilently: 0, flagged: 1 },
};

describe('ingestion on the annotated sets', async () => {
	const rows: [string, IngestScore][] = [];
	for (const { name, dir } of ingestSets) {
		for (const [lang, score] of await scoreFixtureSet(path.resolve(dir)))
			rows.push([`${name} ${lang}`, score]);
	}

	it('scores every set in both languages', () => {
		expect(rows.map(([set]) => set).sort()).toEqual(Object.keys(ceilings).sort());
	});

	it.each(rows)('%s: loses no content line and stays under its ceilings', (set, score) => {
		const { lost = 0, unseen, untuned } = ceilings[set]!;
		// An unseen set's lines are never printed, not even on failure: whoever reads the
		// failure would be tuning on it.
		if (lost === 0 && !unseen)
			expect(score.misses.filter((m) => m.includes('LOST'))).toEqual([]);
		expect(score.contentLost, 'content lines lost').toBeLessThanOrEqual(lost);
		if (!unseen && !untuned) {
			expect(score.leftSilently / score.residue).toBeLessThanOrEqual(0.05);
			expect(score.flagged / score.residue).toBeLessThanOrEqual(0.15);
		}
		expect(score.leftSilently).toBeLessThanOrEqual(ceilings[set]!.leftSilently);
		expect(score.flagged).toBeLessThanOrEqual(ceilings[set]!.flagged);
	});
});
