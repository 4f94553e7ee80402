package org.evac.bot.telegram;

import java.util.List;

import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The command menu Telegram shows beside the text field, in each language. */
class CommandMenu {

	private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

	private static final List<String> COMMANDS = List.of("start", "status", "cancel", "delete", "help", "language");

	private final TelegramClient client;

	private final Messages messages;

	CommandMenu(TelegramClient client, Messages messages) {
		this.client = client;
		this.messages = messages;
	}

	void register() {
		try {
			for (Language language : Language.values()) {
				SetMyCommands.SetMyCommandsBuilder<?, ?> request = SetMyCommands.builder().commands(commands(language));
				// Ukrainian is also the menu of anyone whose language has no menu of its
				// own
				this.client
					.execute(language == Language.UK ? request.build() : request.languageCode(language.code()).build());
			}
		}
		catch (Exception ex) {
			log.warn("Could not register the command menu ({}); commands still work when typed",
					ex.getClass().getSimpleName());
		}
	}

	private List<BotCommand> commands(Language language) {
		return COMMANDS.stream()
			.map(name -> new BotCommand(name, this.messages.text(language, "menu." + name)))
			.toList();
	}

}
