package org.evac.bot.telegram;

import java.util.Comparator;
import java.util.Locale;

import org.evac.bot.conversation.Incoming;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * Reads a Telegram update into our own terms; nothing below this class sees Telegram
 * types.
 */
final class UpdateMapper {

	private UpdateMapper() {
	}

	static Inbound map(Update update) {
		if (update.getCallbackQuery() != null) {
			return button(update.getCallbackQuery());
		}
		if (update.getEditedMessage() != null) {
			Message edited = update.getEditedMessage();
			return isPrivate(edited) ? resident(edited, new Incoming.Edited()) : new Inbound.Nothing();
		}
		Message message = update.getMessage();
		if (message == null || message.getChat() == null) {
			return new Inbound.Nothing();
		}
		if (!isPrivate(message)) {
			return groupAddressed(message) ? new Inbound.Group(message.getChatId(), language(message.getFrom()), null)
					: new Inbound.Nothing();
		}
		Incoming incoming = incoming(message);
		return (incoming == null) ? new Inbound.Nothing() : resident(message, incoming);
	}

	private static Inbound button(CallbackQuery query) {
		var message = query.getMessage();
		boolean inPrivate = message == null || message.getChatId() == null
				|| message.getChatId().equals(query.getFrom().getId());
		if (!inPrivate) {
			return new Inbound.Group(message.getChatId(), language(query.getFrom()), query.getId(),
					query.getFrom().getId(), query.getData(),
					(message.getMessageId() == null) ? 0 : message.getMessageId());
		}
		int messageId = (message == null || message.getMessageId() == null) ? 0 : message.getMessageId();
		// in a private chat the chat id is the user's id
		return new Inbound.Resident(query.getFrom().getId(), language(query.getFrom()),
				new Incoming.ButtonPress(query.getData(), messageId), query.getId());
	}

	private static Incoming incoming(Message message) {
		if (message.getText() != null) {
			String text = message.getText();
			return text.startsWith("/") ? new Incoming.Command(commandName(text)) : new Incoming.Text(text);
		}
		if (message.getContact() != null) {
			Long owner = message.getContact().getUserId();
			boolean own = owner != null && message.getFrom() != null && owner.equals(message.getFrom().getId());
			return new Incoming.SharedContact(message.getContact().getPhoneNumber(), own);
		}
		if (message.getLocation() != null) {
			return new Incoming.SharedLocation(message.getLocation().getLatitude(),
					message.getLocation().getLongitude());
		}
		Incoming media = media(message);
		if (media != null) {
			return media;
		}
		String kind = unsupportedKind(message);
		return (kind == null) ? null : new Incoming.Unsupported(kind);
	}

	/**
	 * A voice message, photo, video (note), audio or document, by its file id; of a photo
	 * the largest size Telegram keeps.
	 */
	private static Incoming media(Message message) {
		String caption = message.getCaption();
		if (message.getVoice() != null) {
			return new Incoming.Media("voice", message.getVoice().getFileId(), caption);
		}
		if (message.getPhoto() != null && !message.getPhoto().isEmpty()) {
			PhotoSize largest = message.getPhoto()
				.stream()
				.max(Comparator.comparingLong(p -> (long) p.getWidth() * p.getHeight()))
				.orElseThrow();
			return new Incoming.Media("photo", largest.getFileId(), caption);
		}
		if (message.getVideoNote() != null) {
			return new Incoming.Media("video_note", message.getVideoNote().getFileId(), caption);
		}
		if (message.getVideo() != null) {
			return new Incoming.Media("video", message.getVideo().getFileId(), caption);
		}
		if (message.getAudio() != null) {
			return new Incoming.Media("audio", message.getAudio().getFileId(), caption);
		}
		if (message.getDocument() != null) {
			return new Incoming.Media("document", message.getDocument().getFileId(), caption);
		}
		return null;
	}

	private static String unsupportedKind(Message message) {
		if (message.getSticker() != null) {
			return "sticker";
		}
		if (message.getPhoto() != null) {
			return "photo";
		}
		if (message.getVoice() != null || message.getAudio() != null) {
			return "voice";
		}
		if (message.getVideo() != null || message.getVideoNote() != null || message.getAnimation() != null) {
			return "video";
		}
		if (message.getDocument() != null) {
			return "document";
		}
		if (message.getPoll() != null || message.getDice() != null || message.getGame() != null) {
			return "other";
		}
		return null; // a service message (pinned, joined...): nothing the resident said
	}

	/** "/Start@evac_bot now" → "start". */
	static String commandName(String text) {
		String first = text.substring(1).split("\\s+", 2)[0];
		int at = first.indexOf('@');
		String name = (at >= 0) ? first.substring(0, at) : first;
		return name.toLowerCase(Locale.ROOT);
	}

	private static boolean isPrivate(Message message) {
		return message.getChat() != null && "private".equals(message.getChat().getType());
	}

	/**
	 * In a group the bot answers commands and its own arrival; everything else is not for
	 * it.
	 */
	private static boolean groupAddressed(Message message) {
		if ("channel".equals(message.getChat().getType())) {
			return false;
		}
		if (message.getText() != null && message.getText().startsWith("/")) {
			return true;
		}
		return message.getNewChatMembers() != null
				&& message.getNewChatMembers().stream().anyMatch(u -> Boolean.TRUE.equals(u.getIsBot()));
	}

	private static Inbound resident(Message message, Incoming incoming) {
		return new Inbound.Resident(message.getChatId(), language(message.getFrom()), incoming, null,
				repliedToTheBot(message));
	}

	/** The text of the bot's own message this one replies to, or null. */
	private static String repliedToTheBot(Message message) {
		Message replied = message.getReplyToMessage();
		if (replied == null || replied.getFrom() == null || !Boolean.TRUE.equals(replied.getFrom().getIsBot())) {
			return null;
		}
		return replied.getText();
	}

	private static String language(User user) {
		return (user == null) ? null : user.getLanguageCode();
	}

}
