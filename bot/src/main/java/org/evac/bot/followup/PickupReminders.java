package org.evac.bot.followup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.evac.bot.conversation.Conversations;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.LocalizedName;
import org.evac.domain.i18n.Messages;
import org.evac.domain.place.SeedFiles;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.outbox.Keyboard;
import org.evac.outbox.OutgoingMessage;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Before a scheduled pickup: when, where, and what to bring (the checklist of the seed
 * data). Reads only {@link EvacuationRequest#pickup()}, so this is the one place to adapt
 * if the pickup is kept differently. A pickup moved to another time is reminded again;
 * one already past is not reminded at all. It does not wait for quiet hours: the van will
 * not either.
 */
@Component
@Conditional(RemindersEnabled.class)
class PickupReminders implements ReminderKind<EvacuationRequest> {

	static final String NAME = "PICKUP";

	private final ReminderProperties properties;

	private final Requests requests;

	private final Messages messages;

	private final SeedFiles seeds;

	private final ResidentLanguage language;

	private final DateTimeFormatter date;

	private final DateTimeFormatter time;

	private volatile List<LocalizedName> checklist;

	PickupReminders(ReminderProperties properties, Requests requests, Messages messages, SeedFiles seeds,
			Conversations conversations, ZoneId zone) {
		this.properties = properties;
		this.requests = requests;
		this.messages = messages;
		this.seeds = seeds;
		this.language = new ResidentLanguage(conversations);
		this.date = DateTimeFormatter.ofPattern("dd.MM").withZone(zone);
		this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<EvacuationRequest> subject() {
		return EvacuationRequest.class;
	}

	@Override
	public boolean quiet() {
		return false;
	}

	@Override
	public Optional<Planned> next(EvacuationRequest request, Instant now) {
		Pickup pickup = request.pickup();
		if (request.status() != RequestStatus.SCHEDULED || request.erased() || request.chatId() == 0
				|| request.telegramUnreachable() || pickup == null || pickup.at() == null || !pickup.at().isAfter(now)
				|| pickup.at().equals(request.followUp().pickupRemindedFor())) {
			return Optional.empty();
		}
		Instant dueAt = pickup.at().minus(this.properties.beforePickup());
		return Optional.of(new Planned("pickup:" + request.id() + ":" + pickup.at().getEpochSecond(), NAME,
				request.chatId(), request.id(), dueAt));
	}

	@Override
	public Sending send(Planned planned, EvacuationRequest request, Instant now) {
		Language in = this.language.of(request);
		Pickup pickup = request.pickup();
		String items = checklist().stream()
			.map(item -> this.messages.text(in, "pickup.item", item.in(in)))
			.collect(Collectors.joining("\n"));
		String place = (pickup.place() == null || pickup.place().isBlank()) ? "—" : pickup.place();
		String text = this.messages.text(in, "pickup.reminder", this.date.format(pickup.at()),
				this.time.format(pickup.at()), place, items);
		return new Sending(List.of(OutgoingMessage.send(request.chatId(), text, Keyboard.NONE, "reminder")),
				() -> this.requests.change(request.id(), r -> r.pickupReminded(pickup.at())));
	}

	private List<LocalizedName> checklist() {
		if (this.checklist == null) {
			this.checklist = this.seeds.pickupChecklist();
		}
		return this.checklist;
	}

}
