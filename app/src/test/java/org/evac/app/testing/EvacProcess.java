package org.evac.app.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.evac.app.EvacApplication;
import org.evac.telegramfake.FakeTelegramApi;

/**
 * The application in a JVM of its own, so a test can kill it as {@code kill -9} would: no
 * shutdown hook, no flush, nothing.
 */
public final class EvacProcess {

	private final Process process;

	private final int port;

	private EvacProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	public static EvacProcess start(FakeTelegramApi telegram, Path dataDir, Path log, String... extra)
			throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), EvacApplication.class.getName(), "--server.port=" + port,
				"--evac.telegram.token=" + telegram.token(), "--evac.telegram.api-url=" + telegram.baseUrl(),
				"--evac.telegram.poll-timeout=2s", "--evac.database.data-dir=" + dataDir,
				"--evac.admin.password=" + RunningEvac.ADMIN_PASSWORD, "--evac.delivery.per-chat-burst=20",
				"--evac.delivery.poll-every=200ms", "--evac.outbox.lease=3s"));
		command.addAll(List.of(extra));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		// a failed test must not leave evac running
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		EvacProcess evac = new EvacProcess(process, port);
		try {
			evac.awaitHealthy(Duration.ofSeconds(90));
		}
		catch (RuntimeException ex) {
			process.destroyForcibly();
			throw new IllegalStateException(ex.getMessage() + "; the end of its log:\n" + tail(log), ex);
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			throw ex;
		}
		return evac;
	}

	private void awaitHealthy(Duration timeout) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("evac exited with " + this.process.exitValue());
			}
			try {
				HttpResponse<String> response = http
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("evac did not become healthy within " + timeout);
	}

	/** SIGKILL: the process gets no chance to do anything. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/**
	 * Waits for the process to end on its own (a test made it die); false if it lives on.
	 */
	public boolean awaitExit(Duration timeout) throws InterruptedException {
		return this.process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
	}

	public int port() {
		return this.port;
	}

	/** The last lines of the log, to say why a start failed. */
	private static String tail(Path log) {
		try {
			List<String> lines = java.nio.file.Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "(unreadable: " + ex + ")";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString()
				+ (File.separatorChar == '\\' ? ".exe" : "");
	}

}
