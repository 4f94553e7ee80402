package org.evac.domain.place;

import java.time.Instant;

import org.evac.domain.i18n.LocalizedName;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An oblast or a safer town as stored in the {@code places} collection. */
@Document("places")
record PlaceDocument(@Id String code, Kind kind, LocalizedName names, String oblastCode, String iso, boolean frontline,
		boolean acceptsEvacuees, Double lat, Double lon, boolean active, Source source, Instant updatedAt,
		Provenance provenance) {

	enum Kind {

		OBLAST, SAFER_TOWN

	}

	static PlaceDocument of(Oblast oblast, Source source, Instant at) {
		return new PlaceDocument(oblast.code(), Kind.OBLAST, oblast.names(), null, oblast.iso(), oblast.frontline(),
				oblast.acceptsEvacuees(), null, null, true, source, at, null);
	}

	static PlaceDocument of(SaferTown town, boolean active, Source source, Instant at, Provenance provenance) {
		return new PlaceDocument(town.code(), Kind.SAFER_TOWN, town.names(), town.oblastCode(), null, false, false,
				town.location() == null ? null : town.location().lat(),
				town.location() == null ? null : town.location().lon(), active, source, at, provenance);
	}

	Oblast toOblast() {
		return new Oblast(this.code, this.iso, this.names, this.frontline, this.acceptsEvacuees);
	}

	SaferTown toSaferTown() {
		GeoPoint location = (this.lat == null || this.lon == null) ? null : new GeoPoint(this.lat, this.lon);
		return new SaferTown(this.code, this.oblastCode, this.names, location);
	}

	ReferenceEntry<SaferTown> toTownEntry() {
		return new ReferenceEntry<>(toSaferTown(), this.active, this.source, this.updatedAt,
				Provenance.orUnknown(this.provenance));
	}

	/** Same reference data, whoever wrote it and whenever. */
	boolean sameContentAs(PlaceDocument other) {
		return this.equals(new PlaceDocument(other.code, other.kind, other.names, other.oblastCode, other.iso,
				other.frontline, other.acceptsEvacuees, other.lat, other.lon, other.active, this.source, this.updatedAt,
				Provenance.fresherOf(this.provenance, other.provenance)));
	}

}
