package org.evac.admin.runs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evac.admin.security.Actor;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.place.Settlement;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.Requests;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs: one van, one settlement or circle, the most urgent households that fit, told when
 * and where in one action, closed household by household. Every volunteer sees the runs;
 * the run's volunteer and coordinators change it.
 */
@RestController
@RequestMapping("/api/runs")
class RunController {

	/** Volunteers and coordinators alike. */
	static final String LOGGED_IN = "hasAnyRole('VOLUNTEER', 'COORDINATOR')";

	private final RunPlanner planner;

	private final Requests requests;

	private final SettlementRegister settlements;

	RunController(RunPlanner planner, Requests requests, SettlementRegister settlements) {
		this.planner = planner;
		this.requests = requests;
		this.settlements = settlements;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(LOGGED_IN)
	RunView plan(@Valid @RequestBody PlanBody body, Authentication authentication) {
		return view(this.planner.plan(body.plan(this.settlements), body.volunteer(), Actor.of(authentication)));
	}

	/** The newest runs first. */
	@GetMapping
	@PreAuthorize(LOGGED_IN)
	List<RunView> list(@RequestParam(defaultValue = "50") int size) {
		return this.planner.newest(Math.min(Math.max(size, 1), 200)).stream().map(this::view).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(LOGGED_IN)
	RunView one(@PathVariable String id) {
		return view(this.planner.find(id));
	}

	/** Adds the most urgent households in the settlement or circle that fit the van. */
	@PostMapping("/{id}/suggest")
	@PreAuthorize(LOGGED_IN)
	RunView suggest(@PathVariable String id, Authentication authentication) {
		return view(this.planner.suggest(id, Actor.of(authentication)));
	}

	/**
	 * Adds a household (by request id or number), optionally with its own pickup. Of two
	 * runs taking the same household at once, one gets it and the other is 409.
	 */
	@PostMapping("/{id}/requests/{requestId}")
	@PreAuthorize(LOGGED_IN)
	RunView add(@PathVariable String id, @PathVariable String requestId,
			@Valid @RequestBody(required = false) StopBody body, Authentication authentication) {
		Pickup own = (body == null || (body.pickupAt() == null && body.pickupPlace() == null)) ? null
				: new Pickup(body.pickupAt(), body.pickupPlace());
		return view(this.planner.add(id, requestId, Actor.of(authentication), own));
	}

	@DeleteMapping("/{id}/requests/{requestId}")
	@PreAuthorize(LOGGED_IN)
	RunView remove(@PathVariable String id, @PathVariable String requestId, Authentication authentication) {
		return view(this.planner.remove(id, requestId, Actor.of(authentication)));
	}

	/** Every household to SCHEDULED, each resident told once; refused ones are listed. */
	@PostMapping("/{id}/schedule")
	@PreAuthorize(LOGGED_IN)
	RunView schedule(@PathVariable String id, Authentication authentication) {
		RunPlanner.Result result = this.planner.schedule(id, Actor.of(authentication));
		return view(result);
	}

	/** One outcome per household: EVACUATED, or NOT_FOUND (back to the queue, raised). */
	@PostMapping("/{id}/close")
	@PreAuthorize(LOGGED_IN)
	RunView close(@PathVariable String id, @Valid @RequestBody CloseBody body, Authentication authentication) {
		List<RunPlanner.Outcome> outcomes = body.outcomes()
			.stream()
			.map(o -> new RunPlanner.Outcome(o.requestId(), o.outcome()))
			.toList();
		return view(this.planner.close(id, outcomes, Actor.of(authentication)));
	}

	private RunView view(Run run) {
		return RunView.of(run, id -> this.requests.byId(id).orElse(null), List.of());
	}

	private RunView view(RunPlanner.Result result) {
		return RunView.of(result.run(), id -> this.requests.byId(id).orElse(null), result.refused());
	}

	/**
	 * @param settlement a settlement's KATOTTG code (or its name), or null with an area
	 * @param area a point and a radius in km, or null with a settlement
	 * @param pickupAt when the van picks people up (ISO-8601)
	 * @param volunteer who leads the run: a coordinator may name another volunteer; by
	 * default the caller
	 */
	record PlanBody(@NotNull LocalDate date, @Size(max = 100) String settlement, @Valid Area area,
			@Min(1) @Max(60) int seats, @Min(0) @Max(10) int stretcherPlaces, @Size(max = 300) String pickupPlace,
			Instant pickupAt, @Size(max = 100) String vehicle, @Size(max = 1000) String note,
			@Size(max = 100) String volunteer) {

		RunPlan plan(SettlementRegister settlements) {
			boolean named = this.settlement != null && !this.settlement.isBlank();
			if (!named && this.area == null) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A run needs a settlement or an area");
			}
			PlaceRef place = !named ? null : resolve(settlements, this.settlement.strip());
			GeoPoint center = (this.area == null) ? null : new GeoPoint(this.area.lat(), this.area.lon());
			return new RunPlan(this.date, place, center, (this.area == null) ? null : this.area.radiusKm(), this.seats,
					this.stretcherPlaces, this.pickupPlace, this.pickupAt, this.vehicle, this.note);
		}

	}

	/** By code, or by name (a city first), as the bot places a request. */
	private static PlaceRef resolve(SettlementRegister settlements, String typed) {
		return settlements.byCode(typed)
			.or(() -> settlements.named(typed, Comparator.comparing(Settlement::code)).stream().findFirst())
			.map(Settlement::ref)
			.orElse(PlaceRef.named(typed));
	}

	record Area(@DecimalMin("-90") @DecimalMax("90") double lat, @DecimalMin("-180") @DecimalMax("180") double lon,
			@DecimalMin("0.1") @DecimalMax("100") double radiusKm) {
	}

	record StopBody(Instant pickupAt, @Size(max = 300) String pickupPlace) {
	}

	record CloseBody(@NotEmpty @Size(max = 60) List<@Valid OutcomeBody> outcomes) {
	}

	record OutcomeBody(@NotNull String requestId, @NotNull RunStop.Outcome outcome) {
	}

}
