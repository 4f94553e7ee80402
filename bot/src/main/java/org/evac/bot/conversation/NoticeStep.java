package org.evac.bot.conversation;

import org.evac.outbox.Keyboard;

/**
 * What evac keeps, who sees it and how to erase it, before anything is asked. It is now
 * shown above the first question ({@link WhoSteps#who()}), so answering that one takes
 * note of it; this step is kept only for conversations left at it, whose «Далі» goes on.
 */
final class NoticeStep {

	private NoticeStep() {
	}

	static Step<Boolean> step() {
		return new Step<Boolean>(Questionnaire.NOTICE,
				(draft, c) -> c.reply("notice",
						Keyboard.Inline.column(c.button("notice.continue", Buttons.data(Questionnaire.NOTICE, "ok"))),
						c.keptDays()),
				(incoming, draft, c) -> (incoming instanceof Incoming.ButtonPress || incoming instanceof Incoming.Text)
						? Parsed.ok(true) : Parsed.invalid("invalid.tap-continue"),
				(draft, accepted, c) -> draft, draft -> false, false);
	}

}
