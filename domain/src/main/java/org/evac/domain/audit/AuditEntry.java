package org.evac.domain.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who did what to which request, and when. Never the personal values themselves: the
 * detail says what kind of access it was ("status NEW -> IN_PROGRESS", "personal
 * fields").
 */
@Document("audit")
public record AuditEntry(@Id String id, @Indexed Instant at, @Indexed String account, @Indexed String requestId,
		AuditAction action, String detail) {

}
