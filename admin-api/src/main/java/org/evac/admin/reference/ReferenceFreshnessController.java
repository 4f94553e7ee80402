package org.evac.admin.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.i18n.LocalizedName;
import org.evac.domain.place.Hotline;
import org.evac.domain.place.Provenance;
import org.evac.domain.place.ReferenceData;
import org.evac.domain.place.ReferenceEntry;
import org.evac.domain.place.SaferTown;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.evac.admin.security.Roles.COORDINATOR_ONLY;

/**
 * How fresh the hotlines and safer towns are: coordinators see the ones nobody checked
 * lately, mark them checked against their source, and take a town under a mandatory
 * evacuation order off the list in one step. Every step is audited.
 */
@RestController
@Validated
class ReferenceFreshnessController {

	/** A hotline or town unchecked this long shows on the page. */
	static final int DUE_AFTER_DAYS = 90;

	private final ReferenceData data;

	private final AuditLog audit;

	private final Clock clock;

	private final ZoneId zone;

	ReferenceFreshnessController(ReferenceData data, AuditLog audit, Clock clock, ZoneId zone) {
		this.data = data;
		this.audit = audit;
		this.clock = clock;
		this.zone = zone;
	}

	/** What residents are offered and nobody checked in {@code days} days, or ever. */
	@GetMapping("/api/reference/unchecked")
	@PreAuthorize(COORDINATOR_ONLY)
	List<DueView> unchecked(@RequestParam(defaultValue = "" + DUE_AFTER_DAYS) @Min(0) @Max(3650) int days) {
		LocalDate today = today();
		ReferenceData.Unchecked due = this.data.unchecked(days, today);
		return java.util.stream.Stream
			.concat(due.hotlines().stream().map(e -> DueView.of(e, today)),
					due.saferTowns().stream().map(e -> DueView.of(e, today)))
			.toList();
	}

	@PostMapping("/api/hotlines/{code}/checked")
	@PreAuthorize(COORDINATOR_ONLY)
	DueView hotlineChecked(@PathVariable String code, @Valid @RequestBody(required = false) CheckBody body,
			Authentication authentication) {
		ReferenceEntry<Hotline> stored = this.data.hotline(code).orElseThrow(() -> notFound("hotline", code));
		Provenance checked = stored.provenance().checked(source(body), today(), authentication.getName());
		this.audit.record(authentication.getName(), null, AuditAction.REFERENCE_EDITED, "hotline " + code + " checked");
		return DueView.of(this.data.hotlineChecked(code, checked).orElseThrow(() -> notFound("hotline", code)),
				today());
	}

	@PostMapping("/api/safer-towns/{code}/checked")
	@PreAuthorize(COORDINATOR_ONLY)
	DueView townChecked(@PathVariable String code, @Valid @RequestBody(required = false) CheckBody body,
			Authentication authentication) {
		ReferenceEntry<SaferTown> stored = this.data.saferTown(code).orElseThrow(() -> notFound("safer town", code));
		Provenance checked = stored.provenance().checked(source(body), today(), authentication.getName());
		this.audit.record(authentication.getName(), null, AuditAction.REFERENCE_EDITED,
				"safer town " + code + " checked");
		return DueView.of(this.data.saferTownChecked(code, checked).orElseThrow(() -> notFound("safer town", code)),
				today());
	}

	/**
	 * The town is under a mandatory evacuation order, so no longer a safer town: retired
	 * at once (residents are no longer offered it), with the order as its source.
	 */
	@PostMapping("/api/safer-towns/{code}/evacuation-order")
	@PreAuthorize(COORDINATOR_ONLY)
	DueView evacuationOrdered(@PathVariable String code, @Valid @RequestBody(required = false) CheckBody body,
			Authentication authentication) {
		ReferenceEntry<SaferTown> stored = this.data.saferTown(code).orElseThrow(() -> notFound("safer town", code));
		String order = (source(body) != null) ? source(body) : "mandatory evacuation order";
		Provenance retired = stored.provenance().checked(order, today(), authentication.getName());
		this.audit.record(authentication.getName(), null, AuditAction.REFERENCE_EDITED,
				"safer town " + code + " retired: mandatory evacuation order");
		return DueView.of(this.data.saveSaferTown(stored.value(), false, retired), today());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	private static String source(CheckBody body) {
		return (body == null || body.source() == null || body.source().isBlank()) ? null : body.source().strip();
	}

	private static ResponseStatusException notFound(String what, String code) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what + " " + code);
	}

	/**
	 * A hotline or safer town and how long ago it was checked.
	 *
	 * @param kind {@code hotline} or {@code safer-town}
	 * @param daysSinceCheck null when never checked
	 */
	record DueView(String kind, String code, String oblastCode, LocalizedName names, String phone, LocalizedName area,
			boolean active, Provenance provenance, Long daysSinceCheck) {

		static DueView of(ReferenceEntry<?> entry, LocalDate today) {
			Provenance p = entry.provenance();
			Long days = (p.checkedOn() == null) ? null : ChronoUnit.DAYS.between(p.checkedOn(), today);
			if (entry.value() instanceof Hotline h) {
				return new DueView("hotline", h.code(), h.oblastCode(), h.names(), h.phone(), h.area(), entry.active(),
						p, days);
			}
			SaferTown t = (SaferTown) entry.value();
			return new DueView("safer-town", t.code(), t.oblastCode(), t.names(), null, null, entry.active(), p, days);
		}

	}

	/**
	 * @param source where it was checked, or where the order was published; the entry's
	 * source stays when absent
	 */
	record CheckBody(@Size(max = 500) String source) {
	}

}
