package org.evac.telegramfake;

import java.util.Objects;

/**
 * Decides, for each Bot API call the application makes, whether it fails and how.
 * <p>
 * {@code method} is the Bot API name in its documented spelling ({@code sendMessage},
 * {@code getUpdates}, ...) even though the client sends e.g. {@code sendmessage}; compare
 * with {@code equalsIgnoreCase} to be safe. {@code chatId} is the call's {@code chat_id}
 * (for {@code answerCallbackQuery}: the chat the button was pressed in), or {@code null}.
 * {@code callNumber} counts the calls of that method, from 1, including faulted ones, so
 * "fail the first two attempts" is easy to write.
 * <p>
 * A rule that does not look at {@code method} also hits {@code getUpdates}.
 */
@FunctionalInterface
public interface FaultRule {

	/** A rule that never injects anything. */
	FaultRule NONE = (method, chatId, callNumber) -> Fault.none();

	/**
	 * @return the fault for this call; {@code null} means {@link Fault#none()}
	 */
	Fault decide(String method, Long chatId, int callNumber);

	/** Every call of {@code method} fails with {@code fault}. */
	static FaultRule always(String method, Fault fault) {
		Objects.requireNonNull(fault);
		return (m, chatId, n) -> m.equalsIgnoreCase(method) ? fault : Fault.none();
	}

	/** Only the n-th call (1-based) of {@code method} fails. */
	static FaultRule onCall(String method, int callNumber, Fault fault) {
		Objects.requireNonNull(fault);
		return (m, chatId, n) -> (m.equalsIgnoreCase(method) && n == callNumber) ? fault : Fault.none();
	}

	/** The first {@code count} calls of {@code method} fail, later ones succeed. */
	static FaultRule firstCalls(String method, int count, Fault fault) {
		Objects.requireNonNull(fault);
		return (m, chatId, n) -> (m.equalsIgnoreCase(method) && n <= count) ? fault : Fault.none();
	}

	/** Every call of {@code method} addressed to {@code chatId} fails. */
	static FaultRule forChat(long chatId, String method, Fault fault) {
		Objects.requireNonNull(fault);
		return (m, c, n) -> (m.equalsIgnoreCase(method) && c != null && c == chatId) ? fault : Fault.none();
	}

	/** This rule, and where it injects nothing, {@code other}. */
	default FaultRule orElse(FaultRule other) {
		return (m, c, n) -> {
			Fault first = decide(m, c, n);
			return (first != null && !first.isNone()) ? first : other.decide(m, c, n);
		};
	}

}
