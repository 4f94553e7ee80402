package org.evac.domain.request;

/**
 * A voice message, photo, video note or document a resident sent after filing: kept as
 * Telegram's file id, so volunteers fetch it from Telegram when they open it, and evac
 * stores no media of its own.
 *
 * @param kind {@code voice}, {@code photo}, {@code video}, {@code video_note},
 * {@code audio} or {@code document}
 * @param fileId Telegram's id of the file, for the Bot API's {@code getFile}
 */
public record Attachment(String kind, String fileId) {

}
