package org.evac.domain.time;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One zone for every time shown to a person, set by EVAC_ZONE or by its former name. */
class ResidentsZoneTest {

	@Test
	void isKyivUnlessSet() {
		assertThat(CoreConfiguration.zoneOf(null, null)).isEqualTo(ZoneId.of("Europe/Kyiv"));
		assertThat(CoreConfiguration.zoneOf(" ", "")).isEqualTo(ResidentsZone.DEFAULT);
	}

	@Test
	void theFormerReminderSettingStillMovesIt() {
		assertThat(CoreConfiguration.zoneOf(null, "Europe/Warsaw")).isEqualTo(ZoneId.of("Europe/Warsaw"));
	}

	@Test
	void evacZoneWinsOverTheFormerName() {
		assertThat(CoreConfiguration.zoneOf("Europe/Chisinau", "Europe/Warsaw"))
			.isEqualTo(ZoneId.of("Europe/Chisinau"));
	}

}
