package org.evac.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a process's memory from Linux's {@code /proc/<pid>/status}. */
final class ProcStatus {

	private ProcStatus() {
	}

	/**
	 * CPU time the process has used, user and system, in seconds (-1 when it cannot be
	 * read). Linux counts it in ticks of 1/100 s.
	 */
	static double cpuSeconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// the command name may hold spaces; the fields after it are fixed
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** The field (e.g. {@code VmRSS}) in MiB, or -1 when it cannot be read. */
	static double read(long pid, String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith(field + ":")) {
					String kb = line.substring(field.length() + 1).trim().split("\\s+")[0];
					return Long.parseLong(kb) / 1024.0;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process is gone, or this is not Linux
		}
		return -1;
	}

}
