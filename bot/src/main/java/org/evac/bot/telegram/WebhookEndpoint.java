package org.evac.bot.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Telegram posts updates in webhook mode. Answers 200 only once the update's
 * effects are stored; otherwise 500, and Telegram sends it again. A post without the
 * secret is refused before its body is read; a body over {@link #MAX_BODY} is refused
 * without reading it whole.
 */
@RestController
@Conditional(WebhookMode.class)
class WebhookEndpoint {

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	/**
	 * Telegram's updates are a few kilobytes (a message has at most 4096 characters): a
	 * larger body is no update, and is not read into memory.
	 */
	static final int MAX_BODY = 256 * 1024;

	private final UpdateProcessor processor;

	private final byte[] secret;

	private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
			false);

	WebhookEndpoint(UpdateProcessor processor, TelegramProperties properties) {
		this.processor = processor;
		this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
	}

	@PostMapping("${evac.telegram.webhook-path:/telegram/webhook}")
	ResponseEntity<Void> receive(HttpServletRequest request) throws IOException {
		String secret = request.getHeader(SECRET_HEADER);
		if (secret == null || !MessageDigest.isEqual(this.secret, secret.getBytes(StandardCharsets.UTF_8))) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build(); // the body
																			// unread
		}
		if (request.getContentLengthLong() > MAX_BODY) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
		}
		byte[] read = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (read.length > MAX_BODY) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
		}
		String body = new String(read, StandardCharsets.UTF_8);
		Update update;
		try {
			update = this.json.readValue(body, Update.class);
		}
		catch (Exception ex) {
			return ResponseEntity.badRequest().build(); // not an update: retrying will
														// not help
		}
		if (update == null || update.getUpdateId() == null) {
			return ResponseEntity.badRequest().build();
		}
		int next = this.processor.process(List.of(update), update.getUpdateId());
		return (next > update.getUpdateId()) ? ResponseEntity.ok().build()
				: ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
	}

}
