package org.evac.bot.conversation;

import org.evac.domain.i18n.Language;
import org.evac.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.bot.conversation.TestBot.text;

/**
 * After filing: the resident sees, withdraws or erases their requests, or starts another,
 * and only the confirmation asked for counts.
 */
class ConversationEngineFiledRequestTest {

	private final TestBot bot = new TestBot();

	@Test
	void withdrawsTheFiledRequestWhenTheResidentConfirmsCancel() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);

		resident.command("cancel");
		assertThat(resident.lastKey()).isEqualTo("cancel.confirm");
		assertThat(resident.lastReply().text()).contains("EV-1001");
		assertThat(resident.buttonData()).containsExactly("cancel|EV-1001", "cancel|no");
		resident.tapsButtonLabelled("EV-1001");

		assertThat(this.bot.desk.cancelled()).containsExactly("EV-1001");
		assertThat(resident.lastKey()).isEqualTo("cancel.done");
		assertThat(resident.lastReply().text()).contains("EV-1001");
		resident.command("status");
		assertThat(resident.lastReply().text()).contains(text(Language.UK, "status.CANCELLED"));
	}

	@Test
	void asksToStopTheSecondDraftBeforeOfferingToWithdrawTheFiledRequest() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);
		resident.command("start").taps("start|new");
		TestBot.walk(resident, Questionnaire.HOUSEHOLD);

		resident.command("cancel");
		assertThat(resident.lastKey()).isEqualTo("discard.confirm");
		resident.taps("discard|yes");
		assertThat(resident.state().isIdle()).isTrue();
		resident.command("cancel");

		assertThat(resident.lastKey()).isEqualTo("cancel.confirm");
		assertThat(resident.buttonData()).contains("cancel|EV-1001");
		assertThat(this.bot.desk.cancelled()).isEmpty();
	}

	@Test
	void withdrawsNothingWhenTheCancelButtonIsForged() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);

		resident.command("cancel").taps("cancel|EV-9999");

		assertThat(this.bot.desk.cancelled()).isEmpty();
		assertThat(resident.outcome().buttonNotice()).isEqualTo(text(Language.UK, "button.stale"));
	}

	@Test
	void withdrawsNothingWhenTheResidentThinksBetterOfCancel() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);

		resident.command("cancel").tapsButtonLabelled(text(Language.UK, "confirm.no"));

		assertThat(this.bot.desk.cancelled()).isEmpty();
		assertThat(resident.lastKey()).isEqualTo("confirm.nothing-changed");
	}

	@Test
	void saysWhenTheRequestClosedBeforeTheCancelWasConfirmed() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);

		resident.command("cancel");
		this.bot.desk.changeStatus("EV-1001", RequestStatus.EVACUATED);
		resident.taps("cancel|EV-1001");

		assertThat(resident.lastKey()).isEqualTo("cancel.not-open");
		assertThat(this.bot.desk.cancelled()).isEmpty();
	}

	@Test
	void saysThereIsNothingToCancelWhenIdle() {
		Resident resident = this.bot.resident(Language.UK).command("cancel");

		assertThat(resident.lastKey()).isEqualTo("cancel.nothing");
	}

	@Test
	void erasesTheFiledRequestsOnDelete() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);

		resident.command("delete").taps("delete|yes");

		assertThat(this.bot.desk.erased()).containsExactly(Resident.CHAT_ID);
		assertThat(this.bot.desk.onlyRequest().details().phone()).isNull();
		assertThat(resident.outcome().forget()).isTrue();
	}

	@Test
	void listsTheFiledRequestsOnStatus() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);

		resident.command("status");

		assertThat(resident.keys()).containsExactly("status");
		assertThat(resident.lastReply().text()).startsWith(text(Language.UK, "status.title"))
			.contains(text(Language.UK, "status.line", "EV-1001", text(Language.UK, "status.NEW"), "01.03.2025"));
	}

	@Test
	void asksBeforeStartingASecondRequest() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);

		resident.command("start");
		assertThat(resident.lastKey()).isEqualTo("start.has-open");
		assertThat(resident.state().isIdle()).isTrue();
		resident.tapsButtonLabelled(text(Language.UK, "start.new-request"));

		assertThat(resident.step()).isEqualTo(Questionnaire.WHO);
	}

	@Test
	void startsNoSecondRequestWhenTheResidentSaysNo() {
		Resident resident = this.bot.residentWithFiledRequest(Language.UK);

		resident.command("start").taps("start|no");

		assertThat(resident.state().isIdle()).isTrue();
		assertThat(resident.lastKey()).isEqualTo("confirm.nothing-changed");
	}

}
