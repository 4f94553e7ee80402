package org.evac.bot.telegram;

import java.util.List;

import org.evac.bot.conversation.Incoming;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.VideoNote;
import org.telegram.telegrambots.meta.api.objects.Voice;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.stickers.Sticker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a resident sends besides words is read into our own {@link Incoming.Media}, by
 * Telegram's file id: nothing below the adapter sees a Telegram type.
 */
class UpdateMapperMediaTest {

	private static Update privateMessage(Message message) {
		message.setChat(Chat.builder().id(42L).type("private").build());
		Update update = new Update();
		update.setMessage(message);
		return update;
	}

	private static Incoming mapped(Message message) {
		return ((Inbound.Resident) UpdateMapper.map(privateMessage(message))).incoming();
	}

	@Test
	void readsAVoiceMessageByItsFileId() {
		Message message = new Message();
		message.setVoice(Voice.builder().fileId("voice-1").fileUniqueId("u1").duration(4).build());

		assertThat(mapped(message)).isEqualTo(new Incoming.Media("voice", "voice-1", null));
	}

	@Test
	void readsThePhotoInItsLargestSizeWithItsCaption() {
		Message message = new Message();
		message.setPhoto(List.of(PhotoSize.builder().fileId("small").fileUniqueId("s").width(90).height(90).build(),
				PhotoSize.builder().fileId("large").fileUniqueId("l").width(1280).height(960).build()));
		message.setCaption("Під'їзд 3");

		assertThat(mapped(message)).isEqualTo(new Incoming.Media("photo", "large", "Під'їзд 3"));
	}

	@Test
	void readsAVideoNoteAndADocument() {
		Message note = new Message();
		note.setVideoNote(VideoNote.builder().fileId("note-1").fileUniqueId("n").length(240).duration(5).build());
		Message document = new Message();
		document.setDocument(Document.builder().fileId("doc-1").fileUniqueId("d").build());

		assertThat(mapped(note)).isEqualTo(new Incoming.Media("video_note", "note-1", null));
		assertThat(mapped(document)).isEqualTo(new Incoming.Media("document", "doc-1", null));
	}

	@Test
	void aStickerIsStillNothingToPassOn() {
		Message message = new Message();
		message.setSticker(Sticker.builder()
			.fileId("st")
			.fileUniqueId("st")
			.type("regular")
			.width(512)
			.height(512)
			.isAnimated(false)
			.isVideo(false)
			.build());

		assertThat(mapped(message)).isEqualTo(new Incoming.Unsupported("sticker"));
	}

}
