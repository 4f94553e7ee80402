package org.evac.admin.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;

import org.springframework.stereotype.Component;

/**
 * Audits reads of requests. The page refreshes the queue and an open request every few
 * seconds: one record per account and identical read every {@link #EVERY} is enough to
 * say who looked, and keeps the trail readable. Changes are always audited, one by one.
 */
@Component
class ReadAudit {

	static final Duration EVERY = Duration.ofMinutes(5);

	private static final int FORGET_ABOVE = 10_000;

	private final AuditLog audit;

	private final Clock clock;

	private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

	ReadAudit(AuditLog audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	void read(String account, String requestId, AuditAction action, String detail) {
		Instant now = this.clock.instant();
		String key = account + "|" + requestId + "|" + action + "|" + detail;
		Instant last = this.recorded.get(key);
		if (last != null && last.plus(EVERY).isAfter(now)) {
			return;
		}
		if (this.recorded.size() > FORGET_ABOVE) {
			this.recorded.values().removeIf(at -> at.plus(EVERY).isBefore(now));
		}
		this.recorded.put(key, now);
		this.audit.record(account, requestId, action, detail);
	}

}
