package org.evac.outbox;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A chat as logs name it: a short hash, enough to follow one chat through the log, never
 * the Telegram chat id (which identifies the person).
 */
final class ChatRef {

	private ChatRef() {
	}

	static String of(long chatId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(ByteBuffer.allocate(Long.BYTES).putLong(chatId).array());
			return "chat#" + HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
