package org.evac.bot.crew;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import org.evac.domain.account.Account;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.NotYours;
import org.evac.domain.request.PendingEffect;
import org.evac.domain.request.Requests;
import org.evac.domain.request.WorkRule;
import org.evac.outbox.EffectsRelay;

/**
 * A change a crew member makes from Telegram, the page's way
 * ({@code org.evac.admin.casework.Casework}): the rule ({@link WorkRule}: the claimer or
 * a coordinator) is checked inside the change against the newest version, the request's
 * own rules may refuse it, and the change is stored with its audit record and the
 * resident's notice in one write, then written out by the {@link EffectsRelay}. Answers
 * the volunteer in words: what was done, or kindly why not.
 */
class CrewChanges {

	private static final Language VOLUNTEERS = Language.UK;

	private final CrewMembers members;

	private final Requests requests;

	private final EffectsRelay relay;

	private final Messages messages;

	private final Clock clock;

	CrewChanges(CrewMembers members, Requests requests, EffectsRelay relay, Messages messages, Clock clock) {
		this.members = members;
		this.requests = requests;
		this.relay = relay;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param key names the change (the audit record's id): made from the update, so a
	 * redelivered update owes nothing twice
	 * @param change changes the request, returns what it owes; may throw
	 * {@link IllegalStateException} to refuse
	 * @param done the answer once changed
	 */
	String change(Account account, String number, String key, AuditAction action,
			Function<EvacuationRequest, Effect> change, Function<EvacuationRequest, String> done) {
		return change(account, number, key, action, change, done, this::stale);
	}

	/**
	 * @param refused the answer when the request's own rules refused the change
	 */
	String change(Account account, String number, String key, AuditAction action,
			Function<EvacuationRequest, Effect> change, Function<EvacuationRequest, String> done,
			Function<EvacuationRequest, String> refused) {
		Optional<EvacuationRequest> request = this.requests.byNumber(number);
		Optional<String> refusal = refusal(account, request);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		try {
			Optional<EvacuationRequest> changed = this.requests.change(request.get().id(), r -> {
				WorkRule.mayWorkOn(r, account.username(), account.role());
				Effect effect = change.apply(r);
				r.owe(new PendingEffect(key, this.clock.instant(), account.username(), action,
						effect.audit() + ", from Telegram", effect.notice()));
			});
			return changed.map(this.relay::relay).map(done).orElseGet(() -> text("crew.gone"));
		}
		catch (NotYours ex) {
			return (ex.holder() == null) ? text("crew.not-held", number) : text("crew.not-yours", number, ex.holder());
		}
		catch (IllegalStateException ex) {
			// the request's own rules: a move not allowed from where it is now
			return this.requests.byNumber(number).map(refused).orElseGet(() -> text("crew.gone"));
		}
	}

	/** Why this account may not even try, if so: no such request, or another team's. */
	Optional<String> refusal(Account account, Optional<EvacuationRequest> request) {
		if (request.isEmpty()) {
			return Optional.of(text("crew.gone"));
		}
		if (!this.members.ofItsTeam(account, request.get())) {
			return Optional.of(text("crew.not-your-team"));
		}
		return Optional.empty();
	}

	String stale(EvacuationRequest request) {
		return text("crew.stale", request.number(), text("status." + request.status().name()));
	}

	private String text(String key, Object... args) {
		return this.messages.text(VOLUNTEERS, key, args);
	}

	/**
	 * What a change owes besides itself.
	 *
	 * @param audit what to write in the audit (never personal)
	 * @param notice what the resident is told, or null
	 */
	record Effect(String audit, PendingEffect.Notice notice) {
	}

}
