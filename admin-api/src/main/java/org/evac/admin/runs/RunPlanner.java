package org.evac.admin.runs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.evac.admin.casework.Casework;
import org.evac.admin.requests.RequestQueue;
import org.evac.admin.security.Actor;
import org.evac.domain.account.Account;
import org.evac.domain.account.Accounts;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.request.ClaimedByOther;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.PendingEffect;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.outbox.EffectsRelay;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Plans a run and carries it out. Which household is in which run is written on the
 * request itself ({@link EvacuationRequest#joinRun}), in one atomic change of its
 * document, before the run lists it: of two runs taking the same household, one gets it
 * and the other is refused. The resident hears of the run through the casework they hear
 * of any scheduling by, once, in their language. A run's own change of a request (to
 * IN_PROGRESS, not found, taken out after scheduling) is stored with its audit record and
 * notice in the one write ({@link PendingEffect}), and written out by the
 * {@link EffectsRelay}, as the casework's are.
 */
@Component
class RunPlanner {

	private final Runs runs;

	private final Requests requests;

	private final Casework casework;

	private final RequestQueue queue;

	private final Candidates candidates;

	private final RunNotices notices;

	private final AuditLog audit;

	private final Clock clock;

	private final EffectsRelay relay;

	private final Accounts accounts;

	RunPlanner(Runs runs, Requests requests, Casework casework, RequestQueue queue, Candidates candidates,
			RunNotices notices, AuditLog audit, Clock clock, EffectsRelay relay, Accounts accounts) {
		this.runs = runs;
		this.requests = requests;
		this.casework = casework;
		this.queue = queue;
		this.candidates = candidates;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
		this.relay = relay;
		this.accounts = accounts;
	}

	/**
	 * A run led by {@code volunteer}: the caller, or for a coordinator any enabled
	 * account.
	 * @param volunteer who leads it; null or blank: the caller
	 */
	Run plan(RunPlan plan, String volunteer, Actor actor) {
		String leader = (volunteer == null || volunteer.isBlank()) ? actor.username() : volunteer.strip();
		if (!leader.equals(actor.username())) {
			if (!actor.isCoordinator()) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN,
						"Only a coordinator plans a run for another volunteer");
			}
			this.accounts.byUsername(leader)
				.filter(Account::enabled)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"No active volunteer named " + leader));
		}
		return this.runs.insert(Run.plan(plan, leader, this.clock.instant()));
	}

	Run find(String id) {
		return this.runs.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No run " + id));
	}

	List<Run> newest(int limit) {
		return this.runs.newest(limit);
	}

	/**
	 * Adds the most urgent households that fit, as many as fit; those someone else took
	 * meanwhile are passed over.
	 */
	Run suggest(String runId, Actor actor) {
		Run run = led(runId, actor);
		if (run.state() != Run.State.PLANNING) {
			throw conflict("Run %s is %s: households are suggested while it is planned".formatted(runId, run.state()));
		}
		List<EvacuationRequest> chosen = Filling.choose(this.candidates.of(run, this.queue.urgency()), run.volunteer(),
				run.seatsLeft(), run.stretcherPlacesLeft());
		for (EvacuationRequest request : chosen) {
			try {
				add(run, request.id(), actor, null);
			}
			catch (ClaimedByOther | ResponseStatusException ex) {
				// taken by someone else meanwhile, or no longer fits: the next one may
			}
		}
		return find(runId);
	}

	Run add(String runId, String requestId, Actor actor, Pickup own) {
		Run run = led(runId, actor);
		add(run, this.casework.find(requestId).id(), actor, own);
		return find(runId);
	}

	private void add(Run run, String requestId, Actor actor, Pickup own) {
		if (run.state() == Run.State.CLOSED) {
			throw conflict("Run %s is closed".formatted(run.id()));
		}
		boolean[] taken = new boolean[1];
		EvacuationRequest joined = refusing(() -> this.requests.change(requestId, r -> {
			taken[0] = r.claimedBy() == null
					|| (run.id().equals(r.runId()) && run.stop(r.id()).map(RunStop::takenByRun).orElse(false));
			r.joinRun(run.id(), run.volunteer(), this.clock.instant());
		})).orElseThrow(() -> notFound(requestId));
		try {
			refusing(() -> this.runs.change(run.id(), r -> r.add(RunStop.of(joined, taken[0], own))));
		}
		catch (RuntimeException ex) {
			// the run refused it (full, closed): the household is free again
			this.requests.change(requestId, r -> r.leaveRun(run.id(), taken[0], this.clock.instant()));
			throw ex;
		}
		this.audit.record(actor.username(), requestId, AuditAction.CLAIM,
				"joined run " + run.id() + (taken[0] ? ", held by " + run.volunteer() + " for it" : ""));
	}

	/**
	 * Takes a household out. One not yet told of the run's pickup goes back to the queue
	 * if the run had taken it; one told of it goes back to the queue raised, and its
	 * resident is told the pickup is off, in their language.
	 */
	Run remove(String runId, String requestId, Actor actor) {
		Run run = led(runId, actor);
		String id = this.casework.find(requestId).id();
		if (run.stop(id).map(RunStop::outcome).isPresent()) {
			throw conflict("Request %s has its outcome on this run already".formatted(requestId));
		}
		RunStop stop = refusing(() -> this.runs.change(runId, r -> r.remove(id))).flatMap(r -> run.stop(id))
			.orElseThrow(() -> notFound(requestId));
		boolean release = stop.takenByRun();
		owing(id, stop.number(), actor, AuditAction.RELEASE, r -> {
			if (run.state() != Run.State.SCHEDULED || r.status() != RequestStatus.SCHEDULED
					|| !runId.equals(r.runId())) {
				// not told of this run's pickup yet: nothing to take back
				r.leaveRun(runId, release, this.clock.instant());
				return new Effect("left run " + runId + (release ? ", back in the queue" : ""), null);
			}
			r.takenOutOfScheduledRun(runId, actor.username(), this.clock.instant());
			return new Effect("taken out of scheduled run " + runId + ", back in the queue, raised",
					this.notices.takenOut(r));
		});
		return find(runId);
	}

	/**
	 * Every household of the run moves to SCHEDULED, held by the run's volunteer, with
	 * its pickup, and its resident is told once. Scheduling again tells only those whose
	 * pickup changed or who joined since.
	 */
	Result schedule(String runId, Actor actor) {
		Run run = led(runId, actor);
		if (run.state() == Run.State.CLOSED) {
			throw conflict("Run %s is closed".formatted(runId));
		}
		if (run.stops().isEmpty()) {
			throw conflict("Run %s has no households yet".formatted(runId));
		}
		List<String> refused = new ArrayList<>();
		for (RunStop stop : run.stops()) {
			try {
				schedule(run, stop, actor);
			}
			catch (ResponseStatusException | IllegalStateException ex) {
				refused.add(stop.number() + ": " + reason(ex));
			}
		}
		return new Result(refused.size() < run.stops().size()
				? refusing(() -> this.runs.change(runId, Run::scheduled)).orElseThrow() : find(runId), refused);
	}

	private void schedule(Run run, RunStop stop, Actor actor) {
		Pickup pickup = stop.pickup(run);
		EvacuationRequest held = this.requests
			.change(stop.requestId(), r -> r.joinRun(run.id(), run.volunteer(), this.clock.instant()))
			.orElseThrow(() -> notFound(stop.number()));
		if (held.status() == RequestStatus.SCHEDULED && pickup.equals(held.pickup())) {
			return; // told already
		}
		if (held.status() != RequestStatus.IN_PROGRESS) {
			// the step to IN_PROGRESS is the run's own: the resident hears of the pickup
			// next
			owing(held.id(), stop.number(), actor, AuditAction.CHANGE_STATUS, r -> {
				RequestStatus from = r.status();
				r.changeStatus(RequestStatus.IN_PROGRESS, actor.username(), "run " + run.id(), null,
						this.clock.instant());
				return new Effect("status " + from + " -> IN_PROGRESS for run " + run.id(), null);
			});
		}
		this.casework.changeStatus(held.id(), actor, RequestStatus.SCHEDULED, "run " + run.id(), pickup);
	}

	/**
	 * What became of each household: evacuated, or not found (back to the queue, raised,
	 * and the resident asked to write).
	 */
	Result close(String runId, List<Outcome> outcomes, Actor actor) {
		Run run = led(runId, actor);
		List<String> refused = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			RunStop stop = run.stop(outcome.requestId())
				.or(() -> run.stops().stream().filter(s -> s.number().equals(outcome.requestId())).findFirst())
				.orElse(null);
			if (stop == null) {
				refused.add(outcome.requestId() + ": not in this run");
				continue;
			}
			if (stop.outcome() != null) {
				continue;
			}
			try {
				close(run, stop, outcome.outcome(), actor);
				refusing(() -> this.runs.change(runId, r -> r.outcome(stop.requestId(), outcome.outcome())));
			}
			catch (ResponseStatusException | IllegalStateException ex) {
				refused.add(stop.number() + ": " + reason(ex));
			}
		}
		return new Result(find(runId), refused);
	}

	private void close(Run run, RunStop stop, RunStop.Outcome outcome, Actor actor) {
		if (outcome == RunStop.Outcome.EVACUATED) {
			this.casework.changeStatus(stop.requestId(), actor, RequestStatus.EVACUATED, "run " + run.id(), null);
			return;
		}
		owing(stop.requestId(), stop.number(), actor, AuditAction.CHANGE_STATUS, r -> {
			RequestStatus from = r.status();
			r.notFoundAtPickup(actor.username(), this.clock.instant());
			return new Effect("status " + from + " -> NEW, not found on run " + run.id() + ", raised",
					this.notices.notFound(r));
		});
	}

	/**
	 * Changes the request and owes the change's audit record and notice in the same
	 * write, then writes those out. The key is made once, so a change retried over a
	 * newer version owes them once.
	 */
	private EvacuationRequest owing(String requestId, String number, Actor actor, AuditAction action,
			Function<EvacuationRequest, Effect> change) {
		String key = "run:" + UUID.randomUUID();
		EvacuationRequest changed = refusing(() -> this.requests.change(requestId, r -> {
			Effect effect = change.apply(r);
			r.owe(new PendingEffect(key, this.clock.instant(), actor.username(), action, effect.audit(),
					effect.notice()));
		})).orElseThrow(() -> notFound(number));
		return this.relay.relay(changed);
	}

	/** The run, if {@code actor} leads it or coordinates; else 403. */
	Run led(String runId, Actor actor) {
		Run run = find(runId);
		if (!actor.isCoordinator() && !run.isLedBy(actor.username())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Run %s is led by %s".formatted(runId, run.volunteer()));
		}
		return run;
	}

	private static String reason(RuntimeException ex) {
		return (ex instanceof ResponseStatusException status) ? status.getReason() : ex.getMessage();
	}

	/** The rules refused (a full van, a closed run, a forbidden move): 409 with why. */
	private static <T> T refusing(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (ClaimedByOther ex) {
			throw ex;
		}
		catch (IllegalStateException ex) {
			throw conflict(ex.getMessage());
		}
	}

	private static ResponseStatusException conflict(String reason) {
		return new ResponseStatusException(HttpStatus.CONFLICT, reason);
	}

	private static ResponseStatusException notFound(String id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No request " + id);
	}

	/** One household's outcome; {@code requestId} may be its number. */
	record Outcome(String requestId, RunStop.Outcome outcome) {
	}

	/**
	 * What a run's change of a request owes besides itself.
	 *
	 * @param audit what to write in the audit (never personal)
	 * @param notice what the resident is told, or null
	 */
	private record Effect(String audit, PendingEffect.Notice notice) {
	}

	/** The run as it is now, and the households that were refused, with why. */
	record Result(Run run, List<String> refused) {
	}

}
