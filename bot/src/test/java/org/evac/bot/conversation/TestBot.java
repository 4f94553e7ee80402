package org.evac.bot.conversation;

import java.util.function.Consumer;

import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;

/**
 * The engine over the real seed data and texts, with a desk of its own, and residents who
 * know the way to any question: the answers of a household from Бахмут going to
 * Dnipropetrovsk oblast, tapping the buttons they are offered.
 */
final class TestBot {

	static final Messages MESSAGES = new Messages();

	static final InMemoryDirectory DIRECTORY = InMemoryDirectory.fromSeeds();

	static final String BAKHMUT = "UA14020010010059145";

	static final String DONETSK = "UA14000000000091971";

	static final String DNIPROPETROVSK = "UA12000000000090473";

	static final String LUHANSK = "UA44000000000018893";

	static final double BAKHMUT_LAT = 48.595;

	static final double BAKHMUT_LON = 38.000;

	static final String ADDRESS = "вул. Миру, 5, кв. 12";

	static final String PHONE = "+380501234567";

	static final String NAME = "Ганна Петрівна";

	static final String FOREIGN_PHONE = "+48 601 234 567";

	final InMemoryResidentDesk desk = new InMemoryResidentDesk();

	final ConversationEngine engine;

	TestBot() {
		this(DIRECTORY);
	}

	/** Over other places: {@link InMemoryDirectory#withOccupied}, say. */
	TestBot(Directory directory) {
		this.engine = new ConversationEngine(MESSAGES, directory, this.desk);
	}

	Resident resident(Language language) {
		return new Resident(this.engine, language);
	}

	/** A resident who sent /start and answered everything before {@code step}. */
	Resident residentAt(String step) {
		return residentAt(step, Language.UK);
	}

	Resident residentAt(String step, Language language) {
		Resident resident = resident(language).command("start");
		Resident at = switch (step) {
			case Questionnaire.SETTLEMENT_CHOICE -> walk(resident, Questionnaire.SETTLEMENT).types("Костянтинівка");
			case Questionnaire.OBLAST -> walk(resident, Questionnaire.SETTLEMENT).types("Неіснуюче");
			case Questionnaire.DESTINATION_TOWN -> walk(resident, Questionnaire.DESTINATION)
				.tapsButtonLabelled(text(language, "destination.SAFER_TOWN", oblastName(DONETSK, language)));
			default -> walk(resident, step);
		};
		if (!at.step().equals(step)) {
			throw new AssertionError("Could not reach " + step + ": at " + at.step() + ", " + at.lastKey());
		}
		return at;
	}

	/**
	 * A resident whose conversation was stored at the notice when it had a «Continue» of
	 * its own.
	 */
	Resident residentAtTheOldNotice(Language language) {
		ConversationState atNotice = new ConversationState(language, Questionnaire.NOTICE, Draft.empty(), "old-1",
				null);
		return new Resident(this.engine, Resident.CHAT_ID, atNotice);
	}

	/** A resident whose request is filed, with nothing else going on. */
	Resident residentWithFiledRequest(Language language) {
		return residentAt(Questionnaire.SUMMARY, language).tapsButtonLabelled(text(language, "summary.confirm"));
	}

	/** Answers question after question the usual way until {@code step} is asked. */
	static Resident walk(Resident resident, String step) {
		for (int i = 0; i < 50 && !resident.step().equals(step); i++) {
			usualAnswer(resident.step(), resident.state().language()).accept(resident);
		}
		return resident;
	}

	static Consumer<Resident> usualAnswer(String step, Language language) {
		return switch (step) {
			case Questionnaire.NOTICE -> r -> r.tapsButtonLabelled(text(language, "notice.continue"));
			case Questionnaire.WHO -> r -> r.tapsButtonLabelled(text(language, "who.SELF"));
			case Questionnaire.NAME -> r -> r.types(NAME);
			case Questionnaire.FILER_PHONE -> r -> r.types(FOREIGN_PHONE);
			case Questionnaire.MOBILITY -> r -> r.tapsButtonLabelled(text(language, "mobility.WALKS"));
			case Questionnaire.FLOOR -> r -> r.tapsButtonLabelled(text(language, "floor.no-lift", 3));
			case Questionnaire.LIFT -> r -> r.tapsButtonLabelled(text(language, "lift.no"));
			case Questionnaire.PET_COUNT -> r -> r.tapsButtonLabelled("2");
			case Questionnaire.PET_KINDS -> r -> r.tapsButtonLabelled(text(language, "pet-kinds.CAT"))
				.tapsButtonLabelled(text(language, "needs.done"));
			case Questionnaire.DANGER -> r -> r.tapsButtonLabelled(text(language, "danger.no"));
			case Questionnaire.READY -> r -> r.tapsButtonLabelled(text(language, "ready.WITHIN_DAY"));
			case Questionnaire.CREW_NOTE -> r -> r.tapsButtonLabelled(text(language, "answer.skip"));
			// for someone else, their place is typed and their number too
			case Questionnaire.SETTLEMENT -> r -> {
				if (WhoSteps.forSomeoneElse(r.draft())) {
					r.types("Бахмут");
				}
				else {
					r.sharesLocation(BAKHMUT_LAT, BAKHMUT_LON);
				}
			};
			case Questionnaire.SETTLEMENT_CHOICE -> r -> r.tapsFirstButtonOf(Questionnaire.SETTLEMENT_CHOICE);
			case Questionnaire.OBLAST -> r -> r.tapsButtonLabelled(oblastName(DONETSK, language));
			case Questionnaire.ADDRESS -> r -> r.types(ADDRESS);
			case Questionnaire.PHONE -> r -> {
				if (WhoSteps.forSomeoneElse(r.draft())) {
					r.types(PHONE);
				}
				else {
					r.sharesContact(PHONE);
				}
			};
			case Questionnaire.SECOND_PHONE -> r -> r.tapsButtonLabelled(text(language, "second-phone.skip"));
			case Questionnaire.HOUSEHOLD -> r -> r.tapsButtonLabelled("3");
			case Questionnaire.CHILDREN -> r -> r.tapsButtonLabelled("2");
			case Questionnaire.NEEDS -> r -> r.tapsButtonLabelled(text(language, "need.ELDERLY"))
				.tapsButtonLabelled(text(language, "mobility.WALKS"));
			case Questionnaire.DESTINATION -> r -> r.tapsButtonLabelled(text(language, "destination.OTHER_OBLAST"));
			case Questionnaire.DESTINATION_OBLAST -> r -> r.tapsButtonLabelled(oblastName(DNIPROPETROVSK, language));
			case Questionnaire.DESTINATION_TOWN -> r -> r.tapsFirstButtonOf(Questionnaire.DESTINATION_TOWN);
			case Questionnaire.ACCOMMODATION -> r -> r.tapsButtonLabelled(text(language, "accommodation.need"));
			default -> throw new IllegalArgumentException("No usual answer at " + step);
		};
	}

	static String text(Language language, String key, Object... args) {
		return MESSAGES.text(language, key, args);
	}

	static String oblastName(String code, Language language) {
		return DIRECTORY.oblast(code).orElseThrow().names().in(language);
	}

}
