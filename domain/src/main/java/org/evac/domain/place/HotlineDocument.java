package org.evac.domain.place;

import java.time.Instant;

import org.evac.domain.i18n.LocalizedName;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A hotline as stored in the {@code hotlines} collection. */
@Document("hotlines")
record HotlineDocument(@Id String code, String oblastCode, String phone, LocalizedName names, LocalizedName area,
		boolean active, Source source, Instant updatedAt, Provenance provenance) {

	static HotlineDocument of(Hotline hotline, boolean active, Source source, Instant at, Provenance provenance) {
		return new HotlineDocument(hotline.code(), hotline.oblastCode(), hotline.phone(), hotline.names(),
				hotline.area(), active, source, at, provenance);
	}

	Hotline toHotline() {
		return new Hotline(this.code, this.oblastCode, this.phone, this.names, this.area);
	}

	ReferenceEntry<Hotline> toEntry() {
		return new ReferenceEntry<>(toHotline(), this.active, this.source, this.updatedAt,
				Provenance.orUnknown(this.provenance));
	}

	boolean sameContentAs(HotlineDocument other) {
		return this.equals(new HotlineDocument(other.code, other.oblastCode, other.phone, other.names, other.area,
				other.active, this.source, this.updatedAt, Provenance.fresherOf(this.provenance, other.provenance)));
	}

}
