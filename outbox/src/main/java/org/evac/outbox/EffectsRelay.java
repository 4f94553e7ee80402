package org.evac.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.evac.domain.audit.AuditLog;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.PendingEffect;
import org.evac.domain.request.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one write path for "a request changed, it is audited, the resident is told". The
 * change is stored with what it owes ({@link PendingEffect}) in one write of the
 * request's document; this relay then writes the audit record (keyed: once), queues the
 * notice (keyed: once while it waits to be sent) and clears what it wrote. A crash at any
 * point leaves the effects in the request, and they are written out by the next look for
 * those left behind ({@link #relayLeftBehind}), at start-up and every so often.
 */
public class EffectsRelay {

	private static final Logger log = LoggerFactory.getLogger(EffectsRelay.class);

	private static final int BATCH = 100;

	private final Requests requests;

	private final AuditLog audit;

	private final Outbox outbox;

	private final Clock clock;

	private final Duration leftBehindAfter;

	/**
	 * @param leftBehindAfter effects waiting this long were left behind by a crash (the
	 * change's own relay writes them within moments)
	 */
	public EffectsRelay(Requests requests, AuditLog audit, Outbox outbox, Clock clock, Duration leftBehindAfter) {
		this.requests = requests;
		this.audit = audit;
		this.outbox = outbox;
		this.clock = clock;
		this.leftBehindAfter = leftBehindAfter;
	}

	/**
	 * Writes out what the just-stored {@code request} owes.
	 * @return the request as stored after, without those effects
	 */
	public EvacuationRequest relay(EvacuationRequest request) {
		List<PendingEffect> effects = request.pendingEffects();
		if (effects.isEmpty()) {
			return request;
		}
		List<String> written = new ArrayList<>();
		for (PendingEffect effect : effects) {
			write(request.id(), effect);
			written.add(effect.key());
		}
		return this.requests.effectsWritten(request.id(), written).orElse(request);
	}

	/** Audit first, notice second: see the class comment for why both may be repeated. */
	private void write(String requestId, PendingEffect effect) {
		this.audit.recordOnce(effect.key(), effect.at(), effect.account(), requestId, effect.action(), effect.detail());
		PendingEffect.Notice notice = effect.notice();
		if (notice != null && notice.chatId() != 0) {
			this.outbox.enqueue(notice.key(),
					List.of(OutgoingMessage.send(notice.chatId(), notice.text(), Keyboard.NONE, notice.purpose())));
		}
	}

	/**
	 * Writes out the effects a crash left behind, each request's by one instance.
	 * @return how many requests had some
	 */
	public int relayLeftBehind() {
		int relayed = 0;
		while (true) {
			Instant now = this.clock.instant();
			List<EvacuationRequest> waiting = this.requests.withEffectsPendingSince(now.minus(this.leftBehindAfter),
					BATCH);
			int taken = 0;
			for (EvacuationRequest request : waiting) {
				if (this.requests.takeEffects(request, now)) {
					relay(request);
					taken++;
				}
			}
			relayed += taken;
			if (waiting.size() < BATCH || taken == 0) {
				break;
			}
		}
		if (relayed > 0) {
			log.info("Wrote out the audit records and notices of {} changed requests left behind", relayed);
		}
		return relayed;
	}

}
