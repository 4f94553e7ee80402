package org.evac.bot.conversation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.evac.domain.i18n.Language;
import org.evac.domain.request.RequestStatus;
import org.evac.outbox.Keyboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.conversation.TestBot.text;

/**
 * Residents who go everywhere the conversation can go, in each language, see every text
 * the engine has, each filled in: no placeholder left, no message key instead of words.
 */
class EveryTextRendersTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

	/** Texts of the Telegram adapter (and its command menu), not of the conversation. */
	private static final List<String> NOT_THE_ENGINES = List.of("group.private-only", "db.unavailable");

	/**
	 * Texts of the reminders (the pickup, the volunteers' notices), not of the
	 * conversation.
	 */
	private static final List<String> THE_REMINDERS = List.of("pickup.", "volunteers.");

	/**
	 * Texts of the volunteers' side (status notices to residents, the team chat, the
	 * crews' private chats, a run's outcome), sent by the admin API or the crews' part of
	 * the bot, not by the conversation.
	 */
	private static final List<String> THE_VOLUNTEERS = List.of("team.", "notice.status.", "notice.message",
			"notice.pickup.", "notice.merged", "notice.about", "notice.run.", "crew.");

	private static boolean theEngines(String key) {
		return !NOT_THE_ENGINES.contains(key) && !key.startsWith("menu.")
				&& THE_REMINDERS.stream().noneMatch(key::startsWith)
				&& THE_VOLUNTEERS.stream().noneMatch(key::startsWith);
	}

	private final TestBot bot = new TestBot();

	@ParameterizedTest
	@EnumSource(Language.class)
	void showsEveryTextFilledIn(Language language) {
		List<String> shown = new ArrayList<>();
		tour(language).forEach(resident -> shown.addAll(resident.everyText()));

		assertThat(shown).allSatisfy(text -> assertThat(text).isNotBlank().doesNotContainPattern(PLACEHOLDER));
		for (String key : TestBot.MESSAGES.keys(language)) {
			if (key.contains(".")) {
				assertThat(shown).as("raw key %s", key).noneMatch(text -> text.contains(key));
			}
			if (theEngines(key)) {
				for (String words : PLACEHOLDER.split(text(language, key))) {
					if (!words.isEmpty()) {
						assertThat(shown).as("%s in %s: '%s'", key, language, words)
							.anyMatch(text -> text.contains(words));
					}
				}
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void keepsEveryMessageAndButtonWithinTelegramsLimits(Language language) {
		List<Reply> replies = new ArrayList<>();
		tour(language).forEach(resident -> replies.addAll(resident.everyReply()));

		assertThat(replies).allSatisfy(reply -> {
			assertThat(reply.text().length()).as(reply.key()).isLessThanOrEqualTo(4096);
			if (reply.keyboard() instanceof Keyboard.Inline inline) {
				assertThat(inline.rows()).flatMap(row -> row).allSatisfy(button -> {
					assertThat(button.data().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
					assertThat(Buttons.parse(button.data())).as(button.data()).isPresent();
				});
			}
		});
	}

	/**
	 * A phone shows about 30 characters across: a row of buttons shares them, so each
	 * label of a row of two fits in 15. Place names are what they are, but a long one has
	 * a row of its own.
	 */
	@ParameterizedTest
	@EnumSource(Language.class)
	void fitsEveryButtonLabelOnAPhoneScreenInOneLine(Language language) {
		List<List<String>> rows = new ArrayList<>();
		List<String> longPlacesSharingARow = new ArrayList<>();
		for (Resident resident : tour(language)) {
			for (Reply reply : resident.everyReply()) {
				if (reply.keyboard() instanceof Keyboard.Inline inline) {
					for (List<Keyboard.InlineButton> row : inline.rows()) {
						boolean places = row.stream().allMatch(EveryTextRendersTest::isPlace);
						if (!places) {
							rows.add(row.stream().map(Keyboard.InlineButton::label).toList());
						}
						row.stream()
							.filter(b -> isPlace(b) && length(b.label()) > Buttons.SHORT_PLACE && row.size() > 1)
							.forEach(b -> longPlacesSharingARow.add(b.label()));
					}
				}
				if (reply.keyboard() instanceof Keyboard.Reply big) {
					big.rows().forEach(row -> rows.add(row.stream().map(Keyboard.ReplyButton::label).toList()));
				}
			}
		}

		assertThat(rows).isNotEmpty()
			.allSatisfy(row -> assertThat(row).as("a row of %d", row.size())
				.allSatisfy(label -> assertThat(length(label)).as(label)
					.isLessThanOrEqualTo(Buttons.PHONE_LINE / row.size())));
		assertThat(longPlacesSharingARow).isEmpty();
	}

	private static boolean isPlace(Keyboard.InlineButton button) {
		return Buttons.parse(button.data()).map(p -> p.value().startsWith("UA")).orElse(false);
	}

	private static int length(String label) {
		return label.codePointCount(0, label.length());
	}

	@Test
	void answersAnEnglishSpeakerInEnglishOnly() {
		Resident resident = this.bot.resident(Language.EN).command("start");
		TestBot.walk(resident, Questionnaire.ADDRESS).types("12 Myru street");
		TestBot.walk(resident, Questionnaire.SUMMARY).taps("summary|confirm").command("status").command("help");

		assertThat(resident.everyText()).allSatisfy(text -> assertThat(text).doesNotContainPattern(CYRILLIC));
	}

	private List<Resident> tour(Language language) {
		return List.of(residentWhoGetsThingsWrong(language), residentWhoChangesTheirMind(language),
				residentWhoseRequestClosesWhileWithdrawing(language), residentWhoIsFollowedUp(language),
				residentWhoMisspellsAnOccupiedPlace(language), residentWithTooManyOpenRequests(language),
				residentWhoAsksForSomeoneElse(language), residentLeftAtTheNoticeBeforeAnUpgrade(language));
	}

	/**
	 * Stored at the notice when it had a «Continue» of its own: shares a location there,
	 * then goes on.
	 */
	private Resident residentLeftAtTheNoticeBeforeAnUpgrade(Language language) {
		ConversationState atNotice = new ConversationState(language, Questionnaire.NOTICE, Draft.empty(), "7-1", null);
		Resident r = new Resident(this.bot.engine, 7, atNotice).sharesLocation(48.595, 38.0);
		return r.tapsButtonLabelled(text(language, "notice.continue")).tapsButtonLabelled(text(language, "who.SELF"));
	}

	/** Files three requests, then tries a fourth. */
	private Resident residentWithTooManyOpenRequests(Language language) {
		Resident r = new Resident(this.bot.engine, 55, ConversationState.newcomer(language)).command("start");
		for (int i = 0; i < 4; i++) {
			if (i > 0) {
				r.command("start").taps("start|new");
			}
			TestBot.walk(r, Questionnaire.SUMMARY).tapsButtonLabelled(text(language, "summary.confirm"));
		}
		return r;
	}

	/**
	 * Asks for her mother: offers her own location and number where her mother's are
	 * asked, gives a foreign number of her own, and files.
	 */
	private Resident residentWhoAsksForSomeoneElse(Language language) {
		Resident r = new Resident(this.bot.engine, 5, ConversationState.newcomer(language)).command("start");
		r.tapsButtonLabelled(text(language, "who.SOMEONE_ELSE"));
		r.types("Ганна Петрівна").sharesLocation(48.595, 38.0).types("Костянтинівка");
		r.tapsFirstButtonOf(Questionnaire.SETTLEMENT_CHOICE).types("вул. Миру, 5");
		r.sharesContact(TestBot.PHONE).tapsButtonLabelled(text(language, "phone.none"));
		r.types("12345").types("+48 601 234 567");
		TestBot.walk(r, Questionnaire.NEEDS).tapsButtonLabelled(text(language, "mobility.STRETCHER"));
		TestBot.walk(r, Questionnaire.SUMMARY).taps("summary|confirm");
		return r.sends(new Incoming.Media("voice", "voice-1", null)).command("status");
	}

	/** Sends what cannot be read at many questions, then files, withdraws and erases. */
	private Resident residentWhoGetsThingsWrong(Language language) {
		Resident r = new Resident(this.bot.engine, 1, ConversationState.newcomer(language));
		r.command("help").command("status").command("cancel").command("foo").sends(new Incoming.Edited());
		r.command("start").sharesLocation(48.595, 38.0);
		r.types("щось").sends(new Incoming.Unsupported("sticker")).tapsButtonLabelled(text(language, "who.SELF"));
		r.sharesContact(TestBot.PHONE).types("😀🙏").types("Б".repeat(101)).sharesLocation(52.52, 13.40);
		r.sharesLocation(51.0, 28.0);
		r.types("Костянтинівка").tapsButtonLabelled(text(language, "settlement.none-of-these"));
		r.tapsButtonLabelled(TestBot.oblastName(TestBot.DONETSK, language));
		r.sharesLocation(48.6, 38.0).sharesContact(TestBot.PHONE).sends(new Incoming.Unsupported("sticker"));
		r.types("вул. Миру, 5").types("12345").sharesContact(TestBot.PHONE).types("0501234567").types("0671234567");
		r.types("0").types("abc").types("3").types("5").types("abc").types("2").types("бабуся");
		for (String need : List.of("ELDERLY", "DISABILITY", "MEDICAL", "PREGNANCY", "PETS")) {
			r.tapsButtonLabelled(text(language, "need." + need));
		}
		r.taps("household|3");
		r.types("🙂").tapsButtonLabelled(text(language, "mobility.STAIRS_HELP"));
		r.types("abc").types("99").taps("floor|3").types("може").tapsButtonLabelled(text(language, "lift.no"));
		r.types("0").taps("pet-count|2").taps("pet-kinds|done").tapsButtonLabelled(text(language, "pet-kinds.DOG"));
		r.tapsButtonLabelled(text(language, "needs.done"));
		r.sends(new Incoming.Unsupported("voice")).tapsButtonLabelled(text(language, "danger.no"));
		r.types("Б".repeat(4000)).tapsButtonLabelled(text(language, "ready.NOW"));
		r.tapsButtonLabelled(text(language, "destination.SAFER_TOWN", TestBot.oblastName(TestBot.DONETSK, language)));
		r.tapsFirstButtonOf(Questionnaire.DESTINATION_TOWN).tapsButtonLabelled(text(language, "accommodation.have"));
		r.types("Б".repeat(4000)).types("🙂🙂").sends(new Incoming.Unsupported("photo")).types("Ключ у сусідки");
		r.types("так").command("status").command("start").command("language").taps("lang|" + language.code());
		r.command("cancel").tapsButtonLabelled(text(language, "discard.no"));
		r.command("delete").tapsButtonLabelled(text(language, "confirm.no"));
		r.tapsButtonLabelled(text(language, "summary.confirm"));
		r.types("?").sends(new Incoming.Unsupported("sticker"));
		r.command("start").taps("start|no").command("cancel").taps("cancel|no");
		r.command("cancel").tapsButtonLabelled("EV-1001");
		for (RequestStatus status : RequestStatus.values()) {
			this.bot.desk.changeStatus("EV-1001", status);
			r.command("status");
		}
		return r.command("delete").tapsButtonLabelled(text(language, "delete.yes"));
	}

	/** Answers the usual way with no needs and no plan, then stops. */
	private Resident residentWhoChangesTheirMind(Language language) {
		Resident r = new Resident(this.bot.engine, 2, ConversationState.newcomer(language)).command("start");
		// "done" on a keyboard sent before how they move finished the question
		TestBot.walk(r, Questionnaire.NEEDS).taps("needs|done").tapsButtonLabelled(text(language, "mobility.WALKS"));
		TestBot.walk(r, Questionnaire.DANGER).tapsButtonLabelled(text(language, "danger.yes"));
		TestBot.walk(r, Questionnaire.DESTINATION).tapsButtonLabelled(text(language, "destination.UNDECIDED-housed"));
		r.tapsButtonLabelled(text(language, "answer.skip"));
		r.tapsButtonLabelled(text(language, "summary.edit.address"));
		r.tapsButtonLabelled(text(language, "address.location-enough"));
		r.tapsButtonLabelled(text(language, "summary.edit.settlement")).types("Краматорськ");
		r.tapsButtonLabelled(text(language, "summary.edit.who")).tapsButtonLabelled(text(language, "who.SOMEONE_ELSE"));
		return r.command("cancel").tapsButtonLabelled(text(language, "discard.yes"));
	}

	/**
	 * Types Russian names, says twice it is another place, types a misspelt one, picks
	 * it, and lives where crews cannot go.
	 */
	private Resident residentWhoMisspellsAnOccupiedPlace(Language language) {
		TestBot occupied = new TestBot(TestBot.DIRECTORY.withOccupied(TestBot.BAKHMUT));
		Resident r = new Resident(occupied.engine, 5, ConversationState.newcomer(language)).command("start");
		TestBot.walk(r, Questionnaire.SETTLEMENT).types("Краматорск");
		r.tapsButtonLabelled(text(language, "settlement.other-place")).types("Балаклея");
		r.tapsButtonLabelled(text(language, "settlement.other-place")).types("Бахмутт");
		r.tapsFirstButtonOf(Questionnaire.SETTLEMENT_CHOICE);
		return TestBot.walk(r, Questionnaire.SUMMARY);
	}

	private Resident residentWhoseRequestClosesWhileWithdrawing(Language language) {
		Resident r = new Resident(this.bot.engine, 3, ConversationState.newcomer(language)).command("start");
		TestBot.walk(r, Questionnaire.SUMMARY).taps("summary|confirm").command("cancel");
		String number = this.bot.desk.requestsOf(3).get(0).number();
		this.bot.desk.changeStatus(number, RequestStatus.EVACUATED);
		r.taps("cancel|" + number);
		return r.command("start");
	}

	/**
	 * Is nudged and resumes, files, then answers check-ins every way there is: still
	 * need, not now, change (dropped, then saved), change in the middle of a new draft,
	 * cancel, left, and a late answer on a closed request.
	 */
	private Resident residentWhoIsFollowedUp(Language language) {
		FollowUpPrompts prompts = new FollowUpPrompts(TestBot.MESSAGES);
		Resident r = new Resident(this.bot.engine, 4, ConversationState.newcomer(language)).command("start");
		TestBot.walk(r, Questionnaire.PHONE);
		String draftId = r.state().draftId();
		r.receives(prompts.nudge(language, draftId, false)).receives(prompts.nudge(language, draftId, true));
		r.taps("resume|" + draftId);
		TestBot.walk(r, Questionnaire.SUMMARY).taps("summary|confirm");
		String number = this.bot.desk.requestsOf(4).get(0).number();
		String checkIn = "checkin|" + number + ":";
		r.receives(prompts.checkIn(language, number, false)).taps(checkIn + "need").taps(checkIn + "later");
		r.receives(prompts.checkIn(language, number, true)).taps(checkIn + "change");
		r.taps("summary|edit:address").command("cancel");
		r.taps(checkIn + "change").taps("summary|confirm");
		r.command("start").taps("start|new").taps(checkIn + "change").command("cancel").taps("discard|yes");
		r.taps(checkIn + "cancel").taps("cancel|no").taps(checkIn + "left");
		return r.taps(checkIn + "need");
	}

}
