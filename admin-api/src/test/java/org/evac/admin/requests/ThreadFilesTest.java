package org.evac.admin.requests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A file a resident sent is fetched from the Bot API: getFile, then the download. */
class ThreadFilesTest {

	private final HttpServer botApi;

	private final List<String> asked = new ArrayList<>();

	ThreadFilesTest() throws IOException {
		this.botApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.botApi.createContext("/", this::answer);
		this.botApi.start();
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().toString();
		this.asked.add(path);
		byte[] body;
		if (path.equals("/bot123:ABC/getFile?file_id=voice-1")) {
			body = "{\"ok\":true,\"result\":{\"file_id\":\"voice-1\",\"file_path\":\"voice/file_7.oga\"}}"
				.getBytes(StandardCharsets.UTF_8);
		}
		else if (path.equals("/file/bot123:ABC/voice/file_7.oga")) {
			body = new byte[] { 'O', 'g', 'g', 'S' };
		}
		else {
			body = "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: invalid file_id\"}"
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(400, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
			return;
		}
		exchange.getResponseHeaders()
			.add("Content-Type", path.startsWith("/file/") ? "application/octet-stream" : "application/json");
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	@AfterEach
	void stop() {
		this.botApi.stop(0);
	}

	private ThreadFiles files(String token) {
		URI api = URI.create("http://127.0.0.1:" + this.botApi.getAddress().getPort());
		return new ThreadFiles(RestClient.builder(), new ThreadFileProperties(token, api));
	}

	@Test
	void fetchesAVoiceMessageByItsFileId() {
		ThreadFiles.File file = files("123:ABC").fetch("voice", "voice-1").orElseThrow();

		assertThat(file.bytes()).containsExactly('O', 'g', 'g', 'S');
		assertThat(file.type()).isEqualTo(MediaType.parseMediaType("audio/ogg"));
		assertThat(this.asked).containsExactly("/bot123:ABC/getFile?file_id=voice-1",
				"/file/bot123:ABC/voice/file_7.oga");
	}

	@Test
	void hasNothingWhenTelegramNoLongerHasTheFile() {
		assertThat(files("123:ABC").fetch("photo", "gone")).isEmpty();
	}

	@Test
	void asksNothingWithoutAToken() {
		assertThat(files("").fetch("voice", "voice-1")).isEmpty();
		assertThat(this.asked).isEmpty();
	}

}
