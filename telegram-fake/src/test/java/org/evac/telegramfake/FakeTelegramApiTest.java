package org.evac.telegramfake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Drives the fake with the real TelegramBots client, so the JSON it serves is known to
 * deserialise and its errors surface the way the application will see them.
 */
class FakeTelegramApiTest {

	private static final long CHAT = 4242L;

	private FakeTelegramApi fake;

	private OkHttpTelegramClient client;

	@BeforeEach
	void start() {
		this.fake = FakeTelegramApi.start();
		OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(40)).build();
		this.client = new OkHttpTelegramClient(http, "123:abc",
				new TelegramUrl("http", "127.0.0.1", this.fake.port(), false));
	}

	@AfterEach
	void stop() {
		this.fake.close();
	}

	@Test
	void longPollReturnsAnUpdateSentDuringTheWait() throws Exception {
		long started = System.nanoTime();
		CompletableFuture<ArrayList<Update>> poll = this.client
			.executeAsync(GetUpdates.builder().offset(0).timeout(10).build());
		awaitCalls("getUpdates", 1);
		int id = this.fake.sendText(CHAT, "/start ref42");

		List<Update> updates = poll.get(5, TimeUnit.SECONDS);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(updates).hasSize(1);
		Update update = updates.get(0);
		assertThat(update.getUpdateId()).isEqualTo(id);
		Message message = update.getMessage();
		assertThat(message.getText()).isEqualTo("/start ref42");
		assertThat(message.getEntities()).singleElement().satisfies((entity) -> {
			assertThat(entity.getType()).isEqualTo("bot_command");
			assertThat(entity.getOffset()).isZero();
			assertThat(entity.getLength()).isEqualTo(6);
		});
		// TelegramBots fills in the entity texts lazily in getEntities(); only after
		// that does isCommand() see the command (the same with real Telegram).
		assertThat(message.isCommand()).isTrue();
		assertThat(message.getChatId()).isEqualTo(CHAT);
		assertThat(message.getChat().isUserChat()).isTrue();
		assertThat(message.getFrom().getId()).isEqualTo(CHAT);
		assertThat(message.getFrom().getLanguageCode()).isEqualTo("uk");
		assertThat(this.fake.tokensUsed()).containsExactly("123:abc");
	}

	@Test
	void longPollTimesOutWithAnEmptyList() throws Exception {
		long started = System.nanoTime();
		List<Update> updates = this.client.execute(GetUpdates.builder().timeout(1).build());
		assertThat(updates).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900),
				Duration.ofSeconds(3));
		assertThat(this.fake.getUpdatesCalls()).isEqualTo(1);
	}

	@Test
	void offsetsConfirmAndLimitApplies() throws Exception {
		int first = this.fake.sendText(CHAT, "one");
		int second = this.fake.sendText(CHAT, "two");
		int third = this.fake.sendText(CHAT, "three");
		assertThat(second).isGreaterThan(first);
		assertThat(third).isGreaterThan(second);

		List<Update> page = this.client.execute(GetUpdates.builder().limit(2).timeout(0).build());
		assertThat(page).extracting(Update::getUpdateId).containsExactly(first, second);
		// Not confirmed yet: served again.
		assertThat(this.client.execute(GetUpdates.builder().timeout(0).build())).hasSize(3);
		assertThat(this.fake.confirmedUpTo()).isZero();

		List<Update> rest = this.client.execute(GetUpdates.builder().offset(second + 1).timeout(0).build());
		assertThat(rest).extracting(Update::getUpdateId).containsExactly(third);
		assertThat(this.fake.confirmedUpTo()).isEqualTo(second);

		assertThat(this.client.execute(GetUpdates.builder().offset(third + 1).timeout(0).build())).isEmpty();
		assertThat(this.fake.confirmedUpTo()).isEqualTo(third);
		assertThat(this.fake.pendingUpdates()).isZero();
		this.fake.awaitConfirmed(third, Duration.ofMillis(10));
		// A confirmed update is gone for good, even for a smaller offset.
		assertThat(this.client.execute(GetUpdates.builder().offset(first).timeout(0).build())).isEmpty();
	}

	@Test
	void redeliverServesAConfirmedUpdateAgainWithItsId() throws Exception {
		int id = this.fake.sendText(CHAT, "help");
		this.client.execute(GetUpdates.builder().timeout(0).build());
		assertThat(this.client.execute(GetUpdates.builder().offset(id + 1).timeout(0).build())).isEmpty();

		this.fake.redeliver(id);

		List<Update> again = this.client.execute(GetUpdates.builder().offset(id + 1).timeout(1).build());
		assertThat(again).extracting(Update::getUpdateId).containsExactly(id);
		assertThat(again.get(0).getMessage().getText()).isEqualTo("help");
		assertThat(this.client.execute(GetUpdates.builder().offset(id + 1).timeout(0).build())).isEmpty();
	}

	@Test
	void aNewerPollTerminatesAnOlderOneWithConflict() throws Exception {
		CompletableFuture<ArrayList<Update>> older = this.client.executeAsync(GetUpdates.builder().timeout(10).build());
		awaitCalls("getUpdates", 1);
		this.client.execute(GetUpdates.builder().timeout(0).build());
		Throwable failure = catchThrowable(() -> older.get(3, TimeUnit.SECONDS));
		assertThat(failure).isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOf(TelegramApiRequestException.class);
		assertThat(((TelegramApiRequestException) failure.getCause()).getErrorCode()).isEqualTo(409);
		assertThat(this.fake.getUpdatesConflicts()).isEqualTo(1);
	}

	@Test
	void sendMessageWithAnInlineKeyboardIsRecordedAndItsButtonsCanBePressed() throws Exception {
		InlineKeyboardMarkup keyboard = new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(
				InlineKeyboardButton.builder().text("Так, евакуювати").callbackData("confirm:7").build(),
				InlineKeyboardButton.builder().text("Ні").callbackData("cancel:7").build())));

		Message reply = this.client
			.execute(SendMessage.builder().chatId(CHAT).text("Підтвердіть заявку").replyMarkup(keyboard).build());

		assertThat(reply.getMessageId()).isPositive();
		assertThat(reply.getChatId()).isEqualTo(CHAT);
		assertThat(reply.getText()).isEqualTo("Підтвердіть заявку");
		SentMessage sent = this.fake.awaitMessages(CHAT, 1, Duration.ofSeconds(1)).get(0);
		assertThat(sent).isEqualTo(this.fake.lastMessageTo(CHAT));
		assertThat(sent.messageId()).isEqualTo(reply.getMessageId());
		assertThat(sent.replyMarkup().isObject()).isTrue();
		assertThat(sent.hasInlineKeyboard()).isTrue();
		assertThat(sent.buttons()).containsExactly(new Button("Так, евакуювати", "confirm:7", false, false),
				new Button("Ні", "cancel:7", false, false));
		assertThat(sent.buttonData("Так")).isEqualTo("confirm:7");
		assertThatThrownBy(() -> sent.buttonData("Можливо")).isInstanceOf(AssertionError.class)
			.hasMessageContaining("confirm:7");

		int pressed = this.fake.pressButtonLabeled(CHAT, "Ні");
		Update update = this.client.execute(GetUpdates.builder().timeout(0).build()).get(0);
		assertThat(update.getUpdateId()).isEqualTo(pressed);
		assertThat(update.getCallbackQuery().getData()).isEqualTo("cancel:7");
		assertThat(update.getCallbackQuery().getFrom().getId()).isEqualTo(CHAT);
		Message shown = (Message) update.getCallbackQuery().getMessage();
		assertThat(shown.getMessageId()).isEqualTo(reply.getMessageId());
		assertThat(shown.getReplyMarkup().getKeyboard().get(0)).hasSize(2);

		String queryId = update.getCallbackQuery().getId();
		assertThat(
				this.client.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).text("Скасовано").build()))
			.isTrue();
		assertThat(this.fake.answeredCallbacks()).singleElement()
			.satisfies((answer) -> assertThat(answer.callbackQueryId()).isEqualTo(queryId))
			.satisfies((answer) -> assertThat(answer.chatId()).isEqualTo(CHAT))
			.satisfies((answer) -> assertThat(answer.text()).isEqualTo("Скасовано"));
		// Telegram accepts one answer per query.
		assertApiError(() -> this.client.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).build()), 400,
				"query is too old");
	}

	@Test
	void editsAreRecordedAndPointlessEditsRejected() throws Exception {
		InlineKeyboardMarkup keyboard = new InlineKeyboardMarkup(
				List.of(new InlineKeyboardRow(InlineKeyboardButton.builder().text("OK").callbackData("ok").build())));
		Message sent = this.client
			.execute(SendMessage.builder().chatId(CHAT).text("Статус: нова").replyMarkup(keyboard).build());

		this.client.execute(
				EditMessageText.builder().chatId(CHAT).messageId(sent.getMessageId()).text("Статус: прийнята").build());

		assertThat(this.fake.edits()).singleElement().satisfies((edit) -> {
			assertThat(edit.method()).isEqualTo("editMessageText");
			assertThat(edit.messageId()).isEqualTo(sent.getMessageId());
			assertThat(edit.text()).isEqualTo("Статус: прийнята");
			assertThat(edit.replyMarkup()).isNull();
		});
		// The edit without reply_markup removed the keyboard, so a press has no keyboard
		// message.
		assertApiError(() -> this.client.execute(
				EditMessageText.builder().chatId(CHAT).messageId(sent.getMessageId()).text("Статус: прийнята").build()),
				400, "message is not modified");
		assertApiError(
				() -> this.client.execute(EditMessageText.builder().chatId(CHAT).messageId(999).text("x").build()), 400,
				"message to edit not found");
	}

	@Test
	void replyKeyboardsAndKeyboardRemovalAreRecognised() throws Exception {
		ReplyKeyboardMarkup keyboard = ReplyKeyboardMarkup.builder()
			.keyboardRow(new KeyboardRow(KeyboardButton.builder().text("Надіслати номер").requestContact(true).build()))
			.keyboardRow(new KeyboardRow(KeyboardButton.builder().text("Де я").requestLocation(true).build()))
			.build();
		this.client.execute(SendMessage.builder().chatId(CHAT).text("Номер?").replyMarkup(keyboard).build());
		this.client.execute(
				SendMessage.builder().chatId(CHAT).text("Дякуємо").replyMarkup(new ReplyKeyboardRemove(true)).build());

		List<SentMessage> messages = this.fake.messagesTo(CHAT);
		assertThat(messages.get(0).buttons()).containsExactly(new Button("Надіслати номер", null, true, false),
				new Button("Де я", null, false, true));
		assertThat(messages.get(0).hasRemoveKeyboard()).isFalse();
		assertThat(messages.get(1).hasRemoveKeyboard()).isTrue();
		assertThat(this.fake.awaitMessageContaining(CHAT, "Дякуємо", Duration.ofSeconds(1))).isEqualTo(messages.get(1));
	}

	@Test
	void everyKindOfResidentInputDeserialises() throws Exception {
		this.fake.languageOf(CHAT, "en");
		this.fake.shareContact(CHAT, "+380501234567");
		this.fake.shareLocation(CHAT, 50.45, 30.52);
		this.fake.sendSticker(CHAT);
		this.fake.sendPhoto(CHAT, "the house");
		this.fake.sendVoice(CHAT);
		this.fake.sendDocument(CHAT, "passport.pdf");
		this.fake.editText(CHAT, 1, "edited");
		this.fake.sendGroupText(-100L, CHAT, "hi all");
		this.fake.pressButton(CHAT, "stale:1");
		this.fake.addRawUpdate("{\"my_chat_member\":{\"chat\":{\"id\":" + CHAT + ",\"type\":\"private\"},"
				+ "\"from\":{\"id\":" + CHAT + ",\"is_bot\":false,\"first_name\":\"R\"},\"date\":1700000000,"
				+ "\"old_chat_member\":{\"status\":\"member\",\"user\":{\"id\":1,\"is_bot\":true,\"first_name\":\"evac\"}},"
				+ "\"new_chat_member\":{\"status\":\"kicked\",\"until_date\":0,\"user\":{\"id\":1,\"is_bot\":true,\"first_name\":\"evac\"}}}}");

		List<Update> updates = this.client.execute(GetUpdates.builder().timeout(0).build());

		assertThat(updates).hasSize(10);
		Message contact = updates.get(0).getMessage();
		assertThat(contact.getContact().getPhoneNumber()).isEqualTo("+380501234567");
		assertThat(contact.getContact().getUserId()).isEqualTo(CHAT);
		assertThat(contact.getFrom().getLanguageCode()).isEqualTo("en");
		assertThat(updates.get(1).getMessage().getLocation().getLatitude()).isEqualTo(50.45);
		assertThat(updates.get(2).getMessage().hasSticker()).isTrue();
		assertThat(updates.get(3).getMessage().getPhoto()).hasSize(2);
		assertThat(updates.get(3).getMessage().getCaption()).isEqualTo("the house");
		assertThat(updates.get(4).getMessage().hasVoice()).isTrue();
		assertThat(updates.get(5).getMessage().getDocument().getFileName()).isEqualTo("passport.pdf");
		assertThat(updates.get(6).getEditedMessage().getText()).isEqualTo("edited");
		Message group = updates.get(7).getMessage();
		assertThat(group.getChat().isGroupChat()).isTrue();
		assertThat(group.getChatId()).isEqualTo(-100L);
		assertThat(group.getFrom().getId()).isEqualTo(CHAT);
		assertThat(updates.get(8).getCallbackQuery().getData()).isEqualTo("stale:1");
		assertThat(updates.get(9).getMyChatMember().getNewChatMember().getStatus()).isEqualTo("kicked");
	}

	@Test
	void tooManyRequestsFaultSurfacesWithRetryAfter() {
		this.fake.setFault(FaultRule.firstCalls("sendMessage", 1, Fault.tooManyRequests(3)));

		Throwable failure = catchThrowable(
				() -> this.client.execute(SendMessage.builder().chatId(CHAT).text("Заявку прийнято").build()));

		assertThat(failure).isInstanceOf(TelegramApiRequestException.class);
		TelegramApiRequestException request = (TelegramApiRequestException) failure;
		assertThat(request.getErrorCode()).isEqualTo(429);
		assertThat(request.getParameters().getRetryAfter()).isEqualTo(3);
		assertThat(this.fake.messagesTo(CHAT)).isEmpty();
		assertThat(this.fake.calls("sendMessage")).singleElement()
			.satisfies((call) -> assertThat(call.status()).isEqualTo(429));
	}

	@Test
	void htmlServerErrorSurfacesAsTelegramApiException() throws Exception {
		this.fake.setFault(FaultRule.always("sendMessage", Fault.serverError(502)));

		Throwable failure = catchThrowable(
				() -> this.client.execute(SendMessage.builder().chatId(CHAT).text("x").build()));

		// TelegramBots parses the body as a Bot API response whatever the HTTP status,
		// so the HTML fails to deserialise: a TelegramApiRequestException "Unable to
		// deserialize response" with the JsonParseException as its cause and error
		// code 0. The HTTP status (502) is lost.
		assertThat(failure).isInstanceOf(TelegramApiException.class)
			.isInstanceOf(TelegramApiRequestException.class)
			.hasMessageContaining("Unable to deserialize response")
			.hasCauseInstanceOf(JsonParseException.class);
		assertThat(((TelegramApiRequestException) failure).getErrorCode()).isZero();
		assertThat(((TelegramApiRequestException) failure).getParameters()).isNull();
		assertThat(this.fake.messagesTo(CHAT)).isEmpty();

		this.fake.clearFault();
		this.client.execute(SendMessage.builder().chatId(CHAT).text("x").build());
		assertThat(this.fake.messagesTo(CHAT)).hasSize(1);
		assertThat(this.fake.callsOf("sendMessage")).isEqualTo(2);
	}

	@Test
	void blockedBadRequestDelayAndDisconnectFaults() throws Exception {
		this.fake.setFault(FaultRule.forChat(CHAT, "sendMessage", Fault.blocked())
			.orElse(FaultRule.forChat(7, "sendMessage", Fault.badRequest("chat not found")))
			.orElse(FaultRule.forChat(8, "sendMessage", Fault.delay(Duration.ofMillis(300))))
			.orElse(FaultRule.forChat(9, "sendMessage", Fault.disconnect())));

		assertApiError(() -> this.client.execute(SendMessage.builder().chatId(CHAT).text("x").build()), 403,
				"Forbidden: bot was blocked by the user");
		assertApiError(() -> this.client.execute(SendMessage.builder().chatId(7L).text("x").build()), 400,
				"Bad Request: chat not found");
		long started = System.nanoTime();
		this.client.execute(SendMessage.builder().chatId(8L).text("x").build());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(catchThrowable(() -> this.client.execute(SendMessage.builder().chatId(9L).text("x").build())))
			.isInstanceOf(TelegramApiException.class);
		assertThat(this.fake.allMessages()).extracting(SentMessage::chatId).containsExactly(8L);
	}

	@Test
	void textOver4096CharactersIsRejected() throws Exception {
		assertApiError(() -> this.client.execute(SendMessage.builder().chatId(CHAT).text("я".repeat(4097)).build()),
				400, "Bad Request: message is too long");
		this.client.execute(SendMessage.builder().chatId(CHAT).text("я".repeat(4096)).build());
		assertThat(this.fake.messagesTo(CHAT)).hasSize(1);
	}

	@Test
	void emptyTextAndBrokenHtmlAreRejectedLikeTelegram() throws Exception {
		HttpResponse<String> empty = post("sendMessage", "{\"chat_id\":" + CHAT + ",\"text\":\"  \"}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(json(empty).path("description").asText()).isEqualTo("Bad Request: message text is empty");

		assertApiError(
				() -> this.client
					.execute(SendMessage.builder().chatId(CHAT).text("вул. <Шевченка> 5").parseMode("HTML").build()),
				400, "can't parse entities");
		this.client
			.execute(SendMessage.builder().chatId(CHAT).text("<b>Заявка</b> №5 &lt;ок&gt;").parseMode("HTML").build());
		SentMessage sent = this.fake.awaitMessageContaining(CHAT, "Заявка №5", Duration.ofSeconds(1));
		assertThat(sent.visibleText()).isEqualTo("Заявка №5 <ок>");
		assertThat(sent.text()).isEqualTo("<b>Заявка</b> №5 &lt;ок&gt;");
	}

	@Test
	void unknownMethodsAre404AndStubsAnswer() throws Exception {
		HttpResponse<String> unknown = post("sendDice", "{\"chat_id\":1}");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(json(unknown).path("description").asText()).isEqualTo("Not Found: method not found");
		assertThat(this.fake.callsOf("senddice")).isEqualTo(1);

		this.fake.stub("getMyCommands", "[]");
		assertThat(json(post("getMyCommands", "{}")).path("ok").asBoolean()).isTrue();
	}

	@Test
	void getMeSetMyCommandsAndPlainFormRequests() throws Exception {
		User me = this.client.execute(new GetMe());
		assertThat(me.getIsBot()).isTrue();
		assertThat(me.getUserName()).isEqualTo("evac_test_bot");

		this.client.execute(SetMyCommands.builder()
			.command(new BotCommand("start", "Почати"))
			.command(new BotCommand("help", "Допомога"))
			.languageCode("uk")
			.build());
		this.client.execute(SetMyCommands.builder().command(new BotCommand("start", "Start")).build());
		assertThat(this.fake.commandsSet()).containsOnlyKeys("uk", "");
		assertThat(this.fake.commandsSet().get("uk")).containsExactly(new Command("start", "Почати"),
				new Command("help", "Допомога"));
		assertThat(this.fake.callsOf("setMyCommands")).isEqualTo(2);

		HttpResponse<String> form = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.fake.baseUrl() + "/bot" + this.fake.token() + "/sendMessage"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("chat_id=5&text=%D0%BF%D1%80%D0%B8%D0%B2%D1%96%D1%82"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(this.fake.lastMessageTo(5).text()).isEqualTo("привіт");
		assertThat(this.fake.tokensUsed()).contains(this.fake.token(), "123:abc");
	}

	@Test
	void rateLimitEnforcerAnswers429() throws Exception {
		this.fake.enforceLimits(30, 1);
		this.client.execute(SendMessage.builder().chatId(CHAT).text("1").build());
		assertApiError(() -> this.client.execute(SendMessage.builder().chatId(CHAT).text("2").build()), 429,
				"Too Many Requests: retry after 1");
		this.client.execute(SendMessage.builder().chatId(CHAT + 1).text("other chat").build());

		assertThat(this.fake.tooManyRequestsAnswered()).isEqualTo(1);
		assertThat(this.fake.sendTimestamps()).hasSize(2);
		assertThat(this.fake.maxSentWithin(CHAT, Duration.ofSeconds(1))).isEqualTo(1);
		assertThat(this.fake.maxSentWithin(Duration.ofSeconds(1))).isEqualTo(2);
	}

	@Test
	void awaitHelpersFailWithWhatArrived() throws Exception {
		this.client.execute(SendMessage.builder().chatId(CHAT + 1).text("wrong chat").build());
		assertThatThrownBy(() -> this.fake.awaitMessages(CHAT, 1, Duration.ofMillis(100)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("got 0")
			.hasMessageContaining(String.valueOf(CHAT + 1));
		assertThatCode(() -> this.fake.assertNoMessagesTo(CHAT + 1, Duration.ofMillis(50))).doesNotThrowAnyException();
		assertThatThrownBy(() -> this.fake.lastMessageTo(CHAT)).isInstanceOf(AssertionError.class);

		CompletableFuture<SentMessage> awaited = CompletableFuture
			.supplyAsync(() -> this.fake.awaitMessageContaining(CHAT, "готово", Duration.ofSeconds(3)));
		Thread.sleep(100);
		this.client.execute(SendMessage.builder().chatId(CHAT).text("Все готово").build());
		assertThat(awaited.get(2, TimeUnit.SECONDS).text()).isEqualTo("Все готово");
	}

	@Test
	void concurrentSendsAreAllRecordedWithDistinctIds() throws Exception {
		List<CompletableFuture<Message>> sends = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			sends.add(this.client.executeAsync(SendMessage.builder().chatId(CHAT + (i % 2)).text("n" + i).build()));
		}
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);

		assertThat(this.fake.allMessages()).hasSize(40);
		assertThat(this.fake.awaitMessages(CHAT, 20, Duration.ofSeconds(1))).extracting(SentMessage::messageId)
			.doesNotHaveDuplicates()
			.allSatisfy((id) -> assertThat(id).isBetween(1, 20));
		assertThat(this.fake.callsOf("sendmessage")).isEqualTo(40);
	}

	@Test
	void resetForgetsRecordingsAndFaultsButIdsKeepIncreasing() throws Exception {
		int before = this.fake.sendText(CHAT, "old");
		this.fake.setFault(FaultRule.always("sendMessage", Fault.blocked()));
		this.fake.reset();

		assertThat(this.fake.pendingUpdates()).isZero();
		assertThat(this.fake.sendText(CHAT, "new")).isGreaterThan(before);
		this.client.execute(SendMessage.builder().chatId(CHAT).text("works").build());
		assertThat(this.fake.messagesTo(CHAT)).hasSize(1);
		assertThat(this.fake.callsOf("sendMessage")).isEqualTo(1);
	}

	private void awaitCalls(String method, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
		while (this.fake.callsOf(method) < count && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(this.fake.callsOf(method)).isGreaterThanOrEqualTo(count);
	}

	private HttpResponse<String> post(String method, String body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.fake.baseUrl() + "/bot" + this.fake.token() + "/" + method))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		return Json.parse(response.body());
	}

	private static void assertApiError(ThrowingCall call, int code, String description) {
		Throwable failure = catchThrowable(call::run);
		assertThat(failure).isInstanceOf(TelegramApiRequestException.class);
		TelegramApiRequestException request = (TelegramApiRequestException) failure;
		assertThat(request.getErrorCode()).isEqualTo(code);
		assertThat(request.getApiResponse()).contains(description);
	}

	@FunctionalInterface
	private interface ThrowingCall {

		void run() throws Exception;

	}

}
