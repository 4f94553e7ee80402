package org.evac.admin.requests;

import java.util.Map;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Fetches a file a resident sent from Telegram when a volunteer opens it: evac keeps only
 * the file id, Telegram keeps the file. Two calls of the Bot API: {@code getFile} for the
 * file's path, then the download.
 */
class ThreadFiles {

	/** What a file is, for the browser: Telegram sends voice as Opus in OGG. */
	private static final Map<String, MediaType> TYPES = Map.of("voice", MediaType.parseMediaType("audio/ogg"), "photo",
			MediaType.IMAGE_JPEG, "video", MediaType.parseMediaType("video/mp4"), "video_note",
			MediaType.parseMediaType("video/mp4"), "audio", MediaType.parseMediaType("audio/mpeg"));

	private final RestClient client;

	private final String token;

	ThreadFiles(RestClient.Builder builder, ThreadFileProperties properties) {
		this.client = builder.baseUrl(properties.apiUrl().toString()).build();
		this.token = properties.token();
	}

	record File(byte[] bytes, MediaType type) {
	}

	/**
	 * The file, or empty when there is no token or Telegram no longer has it. The token
	 * and Telegram's file path go into the address as they are (a token's ":" is not to
	 * be escaped); only the file id is a variable.
	 */
	Optional<File> fetch(String kind, String fileId) {
		if (this.token == null || this.token.isBlank()) {
			return Optional.empty();
		}
		try {
			GetFile found = this.client.get()
				.uri("/bot" + this.token + "/getFile?file_id={id}", fileId)
				.retrieve()
				.body(GetFile.class);
			if (found == null || !found.ok() || found.result() == null || found.result().file_path() == null) {
				return Optional.empty();
			}
			byte[] bytes = this.client.get()
				.uri("/file/bot" + this.token + "/" + found.result().file_path())
				.retrieve()
				.body(byte[].class);
			return Optional.ofNullable(bytes)
				.map(b -> new File(b, TYPES.getOrDefault(kind, MediaType.APPLICATION_OCTET_STREAM)));
		}
		catch (RestClientException ex) {
			// the message names neither the token nor the file
			return Optional.empty();
		}
	}

	record GetFile(boolean ok, Result result) {

		record Result(String file_id, String file_path) {
		}

	}

}
