/**
 * A fake Telegram Bot API for integration tests that run the real application.
 * <p>
 * Typical use: <pre class="code">
 * FakeTelegramApi telegram = FakeTelegramApi.start();
 * // point the application at telegram.port() with telegram.token()
 * telegram.sendText(1001, "/start");
 * SentMessage menu = telegram.awaitMessageContaining(1001, "Оберіть", Duration.ofSeconds(5));
 * telegram.pressButton(1001, menu.buttonData("Евакуація"));
 * telegram.setFault(FaultRule.firstCalls("sendMessage", 2, Fault.tooManyRequests(1)));
 * </pre> {@link org.evac.testing.telegram.FakeTelegramApi} is the entry point; the other
 * public types are what it records ({@link org.evac.testing.telegram.SentMessage},
 * {@link org.evac.testing.telegram.Edit}, ...) and how faults are described
 * ({@link org.evac.testing.telegram.Fault}, {@link org.evac.testing.telegram.FaultRule}).
 */
package org.evac.testing.telegram;
