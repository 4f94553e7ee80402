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
 * </pre> {@link org.evac.telegramfake.FakeTelegramApi} is the entry point; the other
 * public types are what it records ({@link org.evac.telegramfake.SentMessage},
 * {@link org.evac.telegramfake.Edit}, ...) and how faults are described
 * ({@link org.evac.telegramfake.Fault}, {@link org.evac.telegramfake.FaultRule}).
 */
package org.evac.telegramfake;
