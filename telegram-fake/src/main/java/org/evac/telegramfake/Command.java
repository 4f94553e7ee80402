package org.evac.telegramfake;

/**
 * One entry of the command menu set with {@code setMyCommands}.
 *
 * @param command the command without the slash
 * @param description its description
 */
public record Command(String command, String description) {

}
