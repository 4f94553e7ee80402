package org.evac.admin.reference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.i18n.LocalizedName;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.Hotline;
import org.evac.domain.place.Places;
import org.evac.domain.place.Provenance;
import org.evac.domain.place.ReferenceData;
import org.evac.domain.place.ReferenceEntry;
import org.evac.domain.place.SaferTown;
import org.evac.domain.place.Source;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.security.access.prepost.PreAuthorize;

import static org.evac.admin.security.Roles.COORDINATOR_ONLY;

/**
 * The safer towns of each oblast and the hotlines the bot offers. Everyone reads them;
 * coordinators add, change and retire them as the front line moves. The bot offers an
 * edit at once, and a seed reload never undoes it.
 */
@RestController
class ReferenceController {

	private final ReferenceData data;

	private final Places places;

	private final AuditLog audit;

	private final Clock clock;

	private final ZoneId zone;

	ReferenceController(ReferenceData data, Places places, AuditLog audit, Clock clock, ZoneId zone) {
		this.data = data;
		this.places = places;
		this.audit = audit;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/api/places")
	List<OblastView> oblasts() {
		return this.places.oblasts()
			.stream()
			.map(o -> new OblastView(o.code(), o.names(), o.frontline(), o.acceptsEvacuees()))
			.toList();
	}

	@GetMapping("/api/places/{oblast}/safer-towns")
	List<TownView> saferTowns(@PathVariable String oblast) {
		requireOblast(oblast);
		return this.data.saferTowns(oblast).stream().map(TownView::of).toList();
	}

	@PostMapping("/api/places/{oblast}/safer-towns")
	@PreAuthorize(COORDINATOR_ONLY)
	@ResponseStatus(HttpStatus.CREATED)
	TownView addSaferTown(@PathVariable String oblast, @Valid @RequestBody TownBody body,
			Authentication authentication) {
		requireOblast(oblast);
		String code = (body.code() == null || body.code().isBlank())
				? "town-" + UUID.randomUUID().toString().substring(0, 8) : body.code();
		if (this.data.saferTown(code).isPresent()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "A safer town " + code + " exists already");
		}
		return saveTown(new SaferTown(code, oblast, body.localizedNames(), body.location()), body, authentication,
				"added");
	}

	@PutMapping("/api/safer-towns/{code}")
	@PreAuthorize(COORDINATOR_ONLY)
	TownView changeSaferTown(@PathVariable String code, @Valid @RequestBody TownBody body,
			Authentication authentication) {
		ReferenceEntry<SaferTown> stored = this.data.saferTown(code).orElseThrow(() -> notFound("safer town", code));
		if (body.code() != null && !body.code().equals(code)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'code' cannot be changed");
		}
		return saveTown(new SaferTown(code, stored.value().oblastCode(), body.localizedNames(), body.location()), body,
				authentication, "changed");
	}

	/** Retires the town: no longer offered, kept for the requests that name it. */
	@DeleteMapping("/api/safer-towns/{code}")
	@PreAuthorize(COORDINATOR_ONLY)
	TownView retireSaferTown(@PathVariable String code, Authentication authentication) {
		ReferenceEntry<SaferTown> stored = this.data.saferTown(code).orElseThrow(() -> notFound("safer town", code));
		this.audit.record(authentication.getName(), null, AuditAction.REFERENCE_EDITED,
				"safer town " + code + " retired");
		return TownView.of(this.data.saveSaferTown(stored.value(), false));
	}

	private TownView saveTown(SaferTown town, TownBody body, Authentication authentication, String what) {
		this.audit.record(authentication.getName(), null, AuditAction.REFERENCE_EDITED,
				"safer town " + town.code() + " " + what);
		Provenance before = this.data.saferTown(town.code()).map(ReferenceEntry::provenance).orElse(Provenance.UNKNOWN);
		return TownView.of(this.data.saveSaferTown(town, body.active() == null || body.active(),
				provenance(before, body.source(), authentication)));
	}

	/**
	 * A source given with an edit counts as a check today; without, the entry's stays.
	 */
	private Provenance provenance(Provenance before, String source, Authentication authentication) {
		return (source == null || source.isBlank()) ? before : before.checked(source,
				LocalDate.ofInstant(this.clock.instant(), this.zone), authentication.getName());
	}

	@GetMapping("/api/hotlines")
	List<HotlineView> hotlines() {
		return this.data.hotlines().stream().map(HotlineView::of).toList();
	}

	@PostMapping("/api/hotlines")
	@PreAuthorize(COORDINATOR_ONLY)
	@ResponseStatus(HttpStatus.CREATED)
	HotlineView addHotline(@Valid @RequestBody HotlineBody body, Authentication authentication) {
		String code = (body.code() == null || body.code().isBlank())
				? "hotline-" + UUID.randomUUID().toString().substring(0, 8) : body.code().toLowerCase(Locale.ROOT);
		if (this.data.hotline(code).isPresent()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "A hotline " + code + " exists already");
		}
		if (body.oblastCode() != null) {
			requireOblast(body.oblastCode());
		}
		this.audit.record(authentication.getName(), null, AuditAction.REFERENCE_EDITED, "hotline " + code + " added");
		return HotlineView.of(this.data.saveHotline(body.toHotline(code), body.active() == null || body.active(),
				provenance(Provenance.UNKNOWN, body.source(), authentication)));
	}

	@PutMapping("/api/hotlines/{code}")
	@PreAuthorize(COORDINATOR_ONLY)
	HotlineView changeHotline(@PathVariable String code, @Valid @RequestBody HotlineBody body,
			Authentication authentication) {
		ReferenceEntry<Hotline> stored = this.data.hotline(code).orElseThrow(() -> notFound("hotline", code));
		if (body.code() != null && !body.code().equals(code)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'code' cannot be changed");
		}
		if (body.oblastCode() != null) {
			requireOblast(body.oblastCode());
		}
		this.audit.record(authentication.getName(), null, AuditAction.REFERENCE_EDITED, "hotline " + code + " changed");
		return HotlineView.of(this.data.saveHotline(body.toHotline(code), body.active() == null || body.active(),
				provenance(stored.provenance(), body.source(), authentication)));
	}

	@DeleteMapping("/api/hotlines/{code}")
	@PreAuthorize(COORDINATOR_ONLY)
	HotlineView retireHotline(@PathVariable String code, Authentication authentication) {
		ReferenceEntry<Hotline> stored = this.data.hotline(code).orElseThrow(() -> notFound("hotline", code));
		this.audit.record(authentication.getName(), null, AuditAction.REFERENCE_EDITED, "hotline " + code + " retired");
		return HotlineView.of(this.data.saveHotline(stored.value(), false));
	}

	private void requireOblast(String code) {
		if (this.places.oblast(code).isEmpty()) {
			throw notFound("oblast", code);
		}
	}

	private static ResponseStatusException notFound(String what, String code) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what + " " + code);
	}

	record OblastView(String code, LocalizedName names, boolean frontline, boolean acceptsEvacuees) {
	}

	record TownView(String code, String oblastCode, LocalizedName names, GeoPoint location, boolean active,
			Source source, Instant updatedAt, Provenance provenance) {

		static TownView of(ReferenceEntry<SaferTown> entry) {
			SaferTown t = entry.value();
			return new TownView(t.code(), t.oblastCode(), t.names(), t.location(), entry.active(), entry.source(),
					entry.updatedAt(), entry.provenance());
		}

	}

	/**
	 * @param source who wrote it last: the seeds or a coordinator; where it was published
	 * is in {@code provenance}
	 */
	record HotlineView(String code, String oblastCode, String phone, LocalizedName names, LocalizedName area,
			boolean active, Source source, Instant updatedAt, Provenance provenance) {

		static HotlineView of(ReferenceEntry<Hotline> entry) {
			Hotline h = entry.value();
			return new HotlineView(h.code(), h.oblastCode(), h.phone(), h.names(), h.area(), entry.active(),
					entry.source(), entry.updatedAt(), entry.provenance());
		}

	}

	/**
	 * @param code optional for a new town (one is made up); the KATOTTG code when known
	 * @param source where the choice is published: given, it counts as checked today
	 * @param active false to add it retired; default true
	 */
	record TownBody(@Pattern(regexp = "[A-Za-z0-9_-]{1,40}") String code,
			@jakarta.validation.constraints.NotNull @Valid NamesBody names,
			@DecimalMin("44") @DecimalMax("53") Double lat, @DecimalMin("22") @DecimalMax("41") Double lon,
			@Size(max = 500) String source, Boolean active) {

		LocalizedName localizedNames() {
			return this.names.toNames();
		}

		GeoPoint location() {
			return (this.lat == null || this.lon == null) ? null : new GeoPoint(this.lat, this.lon);
		}

	}

	/**
	 * @param area where in the oblast the service works, as its source says; null for all
	 * of it
	 * @param source where the number is published: given, it counts as checked today
	 */
	record HotlineBody(@Pattern(regexp = "[A-Za-z0-9_-]{1,40}") String code, String oblastCode,
			@NotBlank @Pattern(regexp = "[0-9+ ()-]{3,20}") String phone,
			@jakarta.validation.constraints.NotNull @Valid NamesBody names, @Valid NamesBody area,
			@Size(max = 500) String source, Boolean active) {

		LocalizedName localizedNames() {
			return this.names.toNames();
		}

		Hotline toHotline(String code) {
			return new Hotline(code, this.oblastCode, this.phone, localizedNames(),
					(this.area == null) ? null : this.area.toNames());
		}

	}

	record NamesBody(@NotBlank @Size(max = 120) String uk, @Size(max = 120) String en, @Size(max = 120) String ru) {

		LocalizedName toNames() {
			return new LocalizedName(this.uk, this.en, this.ru);
		}

	}

}
