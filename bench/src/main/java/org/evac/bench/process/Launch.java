package org.evac.bench.process;

import java.nio.file.Path;
import java.util.List;

/**
 * How every measured program is started: the same JVM flags, plus a JFR recording when
 * profiling.
 */
public record Launch(List<String> jvmFlags, boolean profile, Path dir) {

	/** The flags for a program named {@code name}. */
	public List<String> flags(String name) {
		if (!this.profile) {
			return this.jvmFlags;
		}
		String jfr = "-XX:StartFlightRecording=filename=" + dir.resolve(name + ".jfr") + ",settings=profile";
		return java.util.stream.Stream.concat(this.jvmFlags.stream(), java.util.stream.Stream.of(jfr)).toList();
	}

	public Path recording(String name) {
		return this.dir.resolve(name + ".jfr");
	}

}
