package org.evac.telegramfake;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Answers {@code /bot<token>/<method>} requests the way the Bot API does: parses the
 * parameters (JSON, form or query string), consults the fault rule, validates like
 * Telegram and records what the bot did.
 */
final class BotApiHandler implements HttpHandler {

	private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([A-Za-z0-9_]+)/?$");

	/** Lower case, as clients send some names, to the documented spelling. */
	private static final Map<String, String> METHODS = Stream
		.of("getUpdates", "sendMessage", "answerCallbackQuery", "editMessageText", "editMessageReplyMarkup",
				"setMyCommands", "deleteMyCommands", "deleteMessage", "leaveChat", "getMe", "setWebhook",
				"deleteWebhook", "sendChatAction", "sendPhoto", "sendDocument", "sendLocation")
		.collect(Collectors.toMap((name) -> name.toLowerCase(Locale.ROOT), Function.identity()));

	private static final int MAX_TEXT = 4096;

	private static final int MAX_CALLBACK_DATA_BYTES = 64;

	private static final Pattern COMMAND_NAME = Pattern.compile("[a-z0-9_]{1,32}");

	private final Chats chats;

	private final UpdateQueue queue;

	private final Recorder recorder;

	private volatile FaultRule faultRule = FaultRule.NONE;

	private volatile RateLimiter limiter;

	private volatile String webhookUrl = "";

	private final AtomicInteger tooManyRequests = new AtomicInteger();

	private final AtomicReference<Instant> firstGetUpdates = new AtomicReference<>();

	private volatile Consumer<ApiCall> listener = (call) -> {
	};

	private final Map<String, JsonNode> stubs = new ConcurrentHashMap<>();

	BotApiHandler(Chats chats, UpdateQueue queue, Recorder recorder) {
		this.chats = chats;
		this.queue = queue;
		this.recorder = recorder;
	}

	// --- configuration, set by FakeTelegramApi

	void faultRule(FaultRule rule) {
		this.faultRule = (rule != null) ? rule : FaultRule.NONE;
	}

	void limiter(RateLimiter limiter) {
		this.limiter = limiter;
	}

	void listener(Consumer<ApiCall> listener) {
		this.listener = (listener != null) ? listener : (call) -> {
		};
	}

	Instant firstGetUpdates() {
		return this.firstGetUpdates.get();
	}

	int tooManyRequestsAnswered() {
		return this.tooManyRequests.get();
	}

	void stub(String method, JsonNode result) {
		this.stubs.put(method.toLowerCase(Locale.ROOT), result);
	}

	void reset() {
		this.faultRule = FaultRule.NONE;
		this.limiter = null;
		this.tooManyRequests.set(0);
		this.firstGetUpdates.set(null);
		listener(null);
	}

	static String canonical(String method) {
		return METHODS.getOrDefault(method.toLowerCase(Locale.ROOT), method);
	}

	// --- HTTP plumbing

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			Reply reply = answer(exchange);
			if (reply != null) {
				write(exchange, reply);
			}
		}
		catch (IOException ex) {
			// The client went away, as a bot stopped during its long poll does: there is
			// nobody left to answer.
		}
		catch (RuntimeException ex) {
			// A bug in the fake must be loud, but still answer so the client does not
			// hang.
			ex.printStackTrace();
			try {
				write(exchange, Reply.error(500, "Internal Server Error: fake failed: " + ex));
			}
			catch (IOException | RuntimeException ignored) {
				// the answer was already under way; the client sees a broken response
			}
		}
		finally {
			exchange.close();
		}
	}

	/**
	 * @return the reply, or {@code null} to drop the connection unanswered
	 */
	private Reply answer(HttpExchange exchange) throws IOException {
		Instant at = Instant.now();
		Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
		if (!path.matches()) {
			return Reply.error(404, "Not Found");
		}
		this.recorder.token(path.group(1));
		String method = canonical(path.group(2));
		if (method.equals("getUpdates")) {
			this.firstGetUpdates.compareAndSet(null, at);
		}
		ObjectNode params;
		try {
			params = readParams(exchange);
		}
		catch (JsonProcessingException ex) {
			return Reply.error(400, "Bad Request: can't parse JSON");
		}
		Long chatId = chatIdOf(method, params);
		int callNumber = this.recorder.countCall(method);
		Fault fault = this.faultRule.decide(method, chatId, callNumber);
		Reply reply = switch ((fault != null) ? fault.kind : Fault.Kind.NONE) {
			case NONE -> dispatch(method, params, at);
			case DELAY -> {
				sleep(fault.delay);
				yield dispatch(method, params, at);
			}
			case API_ERROR -> Reply.error(fault.status, fault.description, fault.retryAfter);
			case HTML_ERROR -> Reply.html(fault.status, HtmlErrorPage.page(fault.status));
			case DISCONNECT -> null;
		};
		if (!method.equals("getUpdates")) {
			ApiCall call = new ApiCall(method, chatId, params, (reply != null) ? reply.status() : 0, at);
			this.recorder.call(call);
			this.listener.accept(call);
		}
		return reply;
	}

	private Reply dispatch(String method, ObjectNode params, Instant at) {
		try {
			return switch (method) {
				case "getUpdates" -> getUpdates(params);
				case "sendMessage" -> sendMessage(params, at);
				case "answerCallbackQuery" -> answerCallbackQuery(params, at);
				case "editMessageText" -> editMessage(method, params, true, at);
				case "editMessageReplyMarkup" -> editMessage(method, params, false, at);
				case "setMyCommands" -> setMyCommands(params);
				case "deleteMyCommands" -> deleteMyCommands(params);
				case "deleteMessage" -> deleteMessage(params);
				case "getMe" -> Reply.ok(Chats.botUser());
				case "setWebhook" -> {
					this.webhookUrl = params.path("url").asText("");
					yield Reply.ok(BooleanNode.TRUE);
				}
				case "deleteWebhook" -> {
					this.webhookUrl = "";
					yield Reply.ok(BooleanNode.TRUE);
				}
				case "leaveChat", "sendChatAction" -> Reply.ok(BooleanNode.TRUE);
				default -> {
					JsonNode stub = this.stubs.get(method.toLowerCase(Locale.ROOT));
					yield (stub != null) ? Reply.ok(stub) : Reply.error(404, "Not Found: method not found");
				}
			};
		}
		catch (ApiError ex) {
			return Reply.error(ex.code, ex.getMessage());
		}
	}

	// --- the methods

	private Reply getUpdates(ObjectNode params) {
		if (!this.webhookUrl.isEmpty()) {
			return Reply.error(409,
					"Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
		}
		Integer offset = params.hasNonNull("offset") ? params.get("offset").asInt() : null;
		int limit = Math.max(1, Math.min(100, params.path("limit").asInt(100)));
		Duration timeout = Duration.ofSeconds(Math.max(0, params.path("timeout").asLong(0)));
		try {
			ArrayNode updates = this.queue.poll(offset, limit, timeout);
			if (updates == null) {
				return Reply.error(409,
						"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
			}
			return Reply.ok(updates);
		}
		catch (InterruptedException ex) {
			// The fake is shutting down.
			Thread.currentThread().interrupt();
			return Reply.ok(Json.array());
		}
	}

	private Reply sendMessage(ObjectNode params, Instant at) {
		long chatId = requireChat(params);
		String text = Json.text(params, "text");
		String parseMode = Json.text(params, "parse_mode");
		String visible = checkText(text, parseMode);
		JsonNode markup = Json.embedded(params, "reply_markup");
		checkMarkup(markup);
		RateLimiter limits = this.limiter;
		if (limits != null && !limits.tryAcquire(chatId)) {
			this.tooManyRequests.incrementAndGet();
			return Reply.error(429, "Too Many Requests: retry after 1", 1);
		}
		int messageId = this.chats.nextMessageId(chatId);
		ObjectNode message = Json.object()
			.put("message_id", messageId)
			.<ObjectNode>set("from", Chats.botUser())
			.<ObjectNode>set("chat", Chats.chat(chatId))
			.put("date", at.getEpochSecond())
			.put("text", visible);
		if (markup != null && markup.has("inline_keyboard")) {
			// Telegram echoes only inline keyboards; reply keyboards are not part of
			// the message.
			message.set("reply_markup", markup);
		}
		this.recorder.sent(new SentMessage(chatId, messageId, text, markup, at, parseMode), message);
		return Reply.ok(message);
	}

	private Reply answerCallbackQuery(ObjectNode params, Instant at) {
		String id = Json.text(params, "callback_query_id");
		if (id == null || !this.recorder.answered(id, Json.text(params, "text"),
				params.path("show_alert").asBoolean(false), at)) {
			throw ApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
		}
		return Reply.ok(BooleanNode.TRUE);
	}

	private Reply editMessage(String method, ObjectNode params, boolean withText, Instant at) {
		if (params.hasNonNull("inline_message_id")) {
			// Messages sent via inline mode are not modelled; accept the edit.
			return Reply.ok(BooleanNode.TRUE);
		}
		long chatId = requireChat(params);
		int messageId = params.path("message_id").asInt(0);
		ObjectNode message = this.recorder.botMessage(chatId, messageId);
		if (message == null) {
			throw ApiError.badRequest("message to edit not found");
		}
		String text = withText ? Json.text(params, "text") : null;
		String visible = withText ? checkText(text, Json.text(params, "parse_mode")) : message.path("text").asText();
		JsonNode markup = Json.embedded(params, "reply_markup");
		checkMarkup(markup);
		// Telegram refuses edits that change nothing; a bot must not rely on them.
		JsonNode oldMarkup = message.get("reply_markup");
		boolean sameMarkup = (markup == null) ? oldMarkup == null : markup.equals(oldMarkup);
		if (visible.equals(message.path("text").asText()) && sameMarkup) {
			throw ApiError.badRequest("message is not modified: specified new message content and reply markup"
					+ " are exactly the same as a current content and reply markup of the message");
		}
		message.put("text", visible).put("edit_date", at.getEpochSecond());
		// Without reply_markup the inline keyboard goes away, as in Telegram.
		if (markup != null) {
			message.set("reply_markup", markup);
		}
		else {
			message.remove("reply_markup");
		}
		this.recorder.edited(new Edit(method, chatId, messageId, text, markup, at), message);
		return Reply.ok(message);
	}

	private Reply setMyCommands(ObjectNode params) {
		JsonNode list = Json.embedded(params, "commands");
		if (list == null || !list.isArray()) {
			throw ApiError.badRequest("parameter \"commands\" is required");
		}
		List<Command> commands = new ArrayList<>();
		for (JsonNode entry : list) {
			String command = entry.path("command").asText("");
			String description = entry.path("description").asText("");
			if (!COMMAND_NAME.matcher(command).matches()) {
				throw ApiError.badRequest("BOT_COMMAND_INVALID");
			}
			if (description.isEmpty() || description.length() > 256) {
				throw ApiError.badRequest("command description is empty or too long");
			}
			commands.add(new Command(command, description));
		}
		this.recorder.commands(params.path("language_code").asText(""), commands);
		return Reply.ok(BooleanNode.TRUE);
	}

	private Reply deleteMyCommands(ObjectNode params) {
		this.recorder.commands(params.path("language_code").asText(""), null);
		return Reply.ok(BooleanNode.TRUE);
	}

	private Reply deleteMessage(ObjectNode params) {
		this.recorder.deleted(requireChat(params), params.path("message_id").asInt(0));
		return Reply.ok(BooleanNode.TRUE);
	}

	// --- validation as Telegram does it

	/**
	 * @return the text the resident sees
	 */
	private static String checkText(String text, String parseMode) {
		String visible = (text == null) ? "" : text;
		if ("HTML".equalsIgnoreCase(parseMode)) {
			visible = HtmlText.visibleText(visible);
		}
		if (visible.isBlank()) {
			throw ApiError.badRequest("message text is empty");
		}
		if (visible.length() > MAX_TEXT) {
			throw ApiError.badRequest("message is too long");
		}
		return visible;
	}

	private static void checkMarkup(JsonNode markup) {
		if (markup == null) {
			return;
		}
		if (!markup.isObject()) {
			throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
		}
		for (JsonNode row : markup.path("inline_keyboard")) {
			for (JsonNode button : row) {
				JsonNode data = button.get("callback_data");
				if (data != null && !data.isNull()) {
					int bytes = data.asText().getBytes(StandardCharsets.UTF_8).length;
					if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
						throw ApiError.badRequest("BUTTON_DATA_INVALID");
					}
				}
				if (button.path("text").asText("").isEmpty()) {
					throw ApiError.badRequest("text buttons are unallowed in the inline keyboard");
				}
			}
		}
	}

	private static long requireChat(ObjectNode params) {
		String chatId = Json.text(params, "chat_id");
		if (chatId == null || chatId.isEmpty()) {
			throw ApiError.badRequest("chat_id is empty");
		}
		try {
			return Long.parseLong(chatId);
		}
		catch (NumberFormatException ex) {
			// @channelusername addressing: no such chat in the fake.
			throw ApiError.badRequest("chat not found");
		}
	}

	private Long chatIdOf(String method, ObjectNode params) {
		if (method.equals("answerCallbackQuery")) {
			String id = Json.text(params, "callback_query_id");
			return (id != null) ? this.recorder.callbackChat(id) : null;
		}
		try {
			String chatId = Json.text(params, "chat_id");
			return (chatId != null) ? Long.valueOf(chatId) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	// --- reading and writing

	private static ObjectNode readParams(HttpExchange exchange) throws IOException {
		ObjectNode params = Json.object();
		String query = exchange.getRequestURI().getRawQuery();
		if (query != null) {
			putForm(params, query);
		}
		byte[] body = exchange.getRequestBody().readAllBytes();
		String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).toLowerCase(Locale.ROOT);
		if (body.length > 0 && type.contains("json")) {
			JsonNode json = Json.MAPPER.readTree(body);
			if (json instanceof ObjectNode object) {
				params.setAll(object);
			}
		}
		else if (body.length > 0 && type.contains("x-www-form-urlencoded")) {
			putForm(params, new String(body, StandardCharsets.UTF_8));
		}
		// Multipart bodies (file uploads) are not decoded: the fake models text only.
		return params;
	}

	private static void putForm(ObjectNode params, String form) {
		for (String pair : form.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String key = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			params.put(key, value);
		}
	}

	private static void write(HttpExchange exchange, Reply reply) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", reply.contentType());
		exchange.sendResponseHeaders(reply.status(), reply.body().length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(reply.body());
		}
	}

	private static void sleep(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** An HTTP answer. */
	record Reply(int status, String contentType, byte[] body) {

		static Reply ok(JsonNode result) {
			ObjectNode envelope = Json.object().put("ok", true);
			envelope.set("result", result);
			return new Reply(200, "application/json", Json.bytes(envelope));
		}

		static Reply error(int code, String description) {
			return error(code, description, null);
		}

		static Reply error(int code, String description, Integer retryAfter) {
			ObjectNode envelope = Json.object()
				.put("ok", false)
				.put("error_code", code)
				.put("description", description);
			if (retryAfter != null) {
				envelope.putObject("parameters").put("retry_after", retryAfter);
			}
			return new Reply(code, "application/json", Json.bytes(envelope));
		}

		static Reply html(int status, String page) {
			return new Reply(status, "text/html", page.getBytes(StandardCharsets.UTF_8));
		}

	}

}
