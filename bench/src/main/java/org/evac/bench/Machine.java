package org.evac.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.evac.bench.report.Results;

/** The machine the figures came from, and how busy it was. */
final class Machine {

	private Machine() {
	}

	static Results.Machine describe(String loadBefore) {
		long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize() / (1024 * 1024);
		return new Results.Machine(Runtime.getRuntime().availableProcessors(), memory,
				System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
				System.getProperty("os.name") + " " + System.getProperty("os.arch"), loadBefore, load());
	}

	/** The load averages over 1, 5 and 15 minutes. */
	static String load() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

}
