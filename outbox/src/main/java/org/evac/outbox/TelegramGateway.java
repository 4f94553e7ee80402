package org.evac.outbox;

/** Hands one message to Telegram. Implemented by the Telegram adapter; never throws. */
public interface TelegramGateway {

	Delivery deliver(OutgoingMessage message);

}
