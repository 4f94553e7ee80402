package org.evac.bot.crew;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.evac.domain.account.Account;
import org.evac.domain.account.Accounts;
import org.evac.domain.account.Role;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.crew.TelegramLinks;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.request.ClaimCap;
import org.evac.domain.request.ClaimRefused;
import org.evac.domain.request.ClaimedByOther;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.Requests;
import org.evac.domain.team.Team;
import org.evac.domain.team.Teams;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutgoingMessage;

/**
 * The «Беру» button under a new request's announcement in its team's group. A linked
 * volunteer of the request's team claims it with one tap, atomically (the request's own
 * claim: of two taps at once one wins, the other is told who has it). Whatever the
 * outcome, only the tapper hears it (the callback answer): nothing personal is written in
 * the group. The claimer gets the full request in their private chat, and that read is
 * audited like the page's.
 */
public class CrewClaims {

	/** The button's data: {@code take:EV-1001}. */
	public static final String TAKE = "take:";

	/** Volunteers read Ukrainian. */
	private static final Language VOLUNTEERS = Language.UK;

	private final TelegramLinks links;

	private final Accounts accounts;

	private final Teams teams;

	private final Requests requests;

	private final AuditLog audit;

	private final Outbox outbox;

	private final Messages messages;

	/** The next moves under the card. */
	private final CrewCasework casework;

	/** The page's claim limits. */
	private final ClaimCap cap;

	public CrewClaims(TelegramLinks links, Accounts accounts, Teams teams, Requests requests, AuditLog audit,
			Outbox outbox, Messages messages, CrewCasework casework, ClaimCap cap) {
		this.casework = casework;
		this.cap = cap;
		this.links = links;
		this.accounts = accounts;
		this.teams = teams;
		this.requests = requests;
		this.audit = audit;
		this.outbox = outbox;
		this.messages = messages;
	}

	/** The button to put under the announcement of request {@code number}. */
	public Keyboard button(String number) {
		return Keyboard.Inline.column(new Keyboard.InlineButton(text("crew.take"), TAKE + number));
	}

	/** The same button naming the request, for a digest of several. */
	public Keyboard.InlineButton namedButton(String number) {
		return new Keyboard.InlineButton(text("crew.take") + " " + number, TAKE + number);
	}

	/** True when the tap was on a crew's button, and was handled. */
	public boolean tapped(long groupChatId, long fromUserId, String data, String callbackQueryId, int updateId) {
		if (!data.startsWith(TAKE)) {
			return false;
		}
		String number = data.substring(TAKE.length());
		Optional<Account> account = this.links.ofTelegramUser(fromUserId)
			.flatMap(link -> this.accounts.byUsername(link.username()))
			.filter(Account::enabled);
		Optional<EvacuationRequest> request = this.requests.byNumber(number);
		String refusal = null;
		EvacuationRequest claimed = null;
		if (account.isEmpty()) {
			refusal = text("crew.not-linked");
		}
		else if (request.isEmpty() || !request.get().status().isOpen()) {
			refusal = text("crew.gone");
		}
		else if (!ofItsTeam(account.get(), request.get())) {
			refusal = text("crew.not-your-team");
		}
		else {
			try {
				if (!account.get().username().equals(request.get().claimedBy())) {
					this.cap.check(account.get().username(), account.get().role());
				}
				claimed = this.requests.claim(request.get().id(), account.get().username()).orElse(null);
				refusal = (claimed == null) ? text("crew.gone") : null;
			}
			catch (ClaimRefused ex) {
				refusal = text((ex.why() == ClaimRefused.Why.TOO_FAST) ? "crew.too-fast" : "crew.holds-too-many");
			}
			catch (ClaimedByOther ex) {
				refusal = text("crew.taken", ex.holder());
			}
			catch (IllegalStateException ex) {
				refusal = text("crew.gone");
			}
		}
		List<OutgoingMessage> out = new ArrayList<>();
		out.add(OutgoingMessage.answerButton(groupChatId, callbackQueryId,
				(refusal != null) ? refusal : text("crew.yours", number)));
		if (claimed != null) {
			String username = account.get().username();
			this.audit.record(username, claimed.id(), AuditAction.CLAIM, "claimed from the team's Telegram group");
			this.audit.record(username, claimed.id(), AuditAction.READ_REQUEST,
					"personal fields sent to the claimer's private Telegram chat");
			out.add(OutgoingMessage.send(fromUserId, card(claimed) + "\n\n" + text("crew.card.hint"),
					this.casework.buttons(claimed.number()), "volunteer"));
		}
		this.outbox.enqueue("crew-take:" + updateId, out);
		return true;
	}

	/** The same rule as the API: admins everywhere, everyone else in their teams. */
	private boolean ofItsTeam(Account account, EvacuationRequest request) {
		if (account.role() == Role.ADMIN) {
			return true;
		}
		List<String> theirs = this.teams.ofMember(account.username()).stream().map(Team::id).toList();
		return request.teams() != null && request.teams().stream().anyMatch(theirs::contains);
	}

	/** Everything a crew needs to go: for the claimer's private chat only. */
	String card(EvacuationRequest request) {
		RequestDetails d = request.details();
		String needs = d.needs().isEmpty() ? "—"
				: d.needs().stream().sorted().map(n -> text("need." + n.name())).collect(Collectors.joining(", "));
		GeoPoint point = d.location();
		String map = (point == null) ? "—"
				: String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=16/%.5f/%.5f",
						point.lat(), point.lon(), point.lat(), point.lon());
		String phones = (d.secondPhone() == null) ? orDash(d.phone()) : orDash(d.phone()) + ", " + d.secondPhone();
		return text("crew.card", request.number(), (d.settlement() == null) ? "?" : d.settlement().name(),
				(d.oblast() == null) ? "" : d.oblast().name(), orDash(d.address()), phones, d.householdSize(),
				d.children(), needs, map);
	}

	private static String orDash(String value) {
		return (value == null || value.isBlank()) ? "—" : value;
	}

	private String text(String key, Object... args) {
		return this.messages.text(VOLUNTEERS, key, args);
	}

}
