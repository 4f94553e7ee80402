package org.evac.bot.conversation;

import org.evac.domain.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.conversation.TestBot.text;

/**
 * A voice message, photo, video note or document sent after filing goes to the volunteers
 * with the request; while the questions are asked it is no answer.
 */
class ConversationEngineMediaTest {

	private final TestBot bot = new TestBot();

	@ParameterizedTest
	@ValueSource(strings = { "voice", "photo", "video_note", "document" })
	void passesWhatIsSentAfterFilingToTheVolunteers(String kind) {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);

		resident.sends(new Incoming.Media(kind, "file-" + kind, "Ось фото під'їзду"));

		assertThat(this.bot.desk.leftMedia)
			.containsExactly(new Incoming.Media(kind, "file-" + kind, "Ось фото під'їзду"));
		assertThat(resident.lastKey()).isEqualTo("thread.media-received");
		assertThat(resident.lastReply().text()).isEqualTo(text(Language.UK, "thread.media-received", "EV-1001"));
	}

	@Test
	void takesNoMediaForAnAnswerWhileTheQuestionsAreAsked() {
		Resident resident = this.bot.residentAt(Questionnaire.ADDRESS);

		resident.sends(new Incoming.Media("voice", "file-1", null));

		assertThat(resident.lastKey()).isEqualTo("invalid.unsupported");
		assertThat(resident.step()).isEqualTo(Questionnaire.ADDRESS);
		assertThat(this.bot.desk.leftMedia).isEmpty();
	}

	@Test
	void passesNothingOnOfSomeoneWithoutAnOpenRequest() {
		Resident resident = this.bot.resident(Language.UK);

		resident.sends(new Incoming.Media("photo", "file-1", null));

		assertThat(this.bot.desk.leftMedia).isEmpty();
		assertThat(resident.lastKey()).isEqualTo("notice");
	}

}
