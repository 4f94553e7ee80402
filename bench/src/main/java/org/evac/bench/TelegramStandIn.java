package org.evac.bench;

import org.evac.telegramfake.FakeTelegramApi;

/**
 * The Bot API every measured bot talks to: telegram-fake's stand-in, the one app's tests
 * use, on the loopback interface, answering at once (no artificial delay), timestamping
 * every call and telling the scenario of it as it is answered.
 */
final class TelegramStandIn {

	private TelegramStandIn() {
	}

	static FakeTelegramApi start() {
		// Without it every answer waits for the client's delayed ACK (Nagle): 40 ms a
		// call, which would make the stand-in the bottleneck. Read once, by the JDK's
		// HTTP server, when the bench's first server starts: this one.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		return FakeTelegramApi.start();
	}

}
