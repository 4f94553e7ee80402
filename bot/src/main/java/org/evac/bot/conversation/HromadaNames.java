package org.evac.bot.conversation;

/**
 * Hromada names as the codifier writes them, short and adjectival («Миколаївська»), put
 * into the genitive a Ukrainian sentence needs («Ви в районі Миколаївської громади»).
 */
final class HromadaNames {

	private HromadaNames() {
	}

	/** «Миколаївська» → «Миколаївської»; a name of another shape is left as it is. */
	static String genitive(String name) {
		if (name.endsWith("а")) {
			return name.substring(0, name.length() - 1) + "ої";
		}
		return name;
	}

}
