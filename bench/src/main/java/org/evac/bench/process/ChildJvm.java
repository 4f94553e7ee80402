package org.evac.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A measured program in a JVM of its own: started with the same flags whichever it is,
 * its output in a log file, its memory read from {@code /proc}, its heap from its GC log.
 */
public final class ChildJvm implements AutoCloseable {

	private final String name;

	private final Process process;

	private final long startedNanos;

	private final Instant startedAt;

	private final Path log;

	private final Path gcLog;

	private ChildJvm(String name, Process process, long startedNanos, Instant startedAt, Path log, Path gcLog) {
		this.name = name;
		this.process = process;
		this.startedNanos = startedNanos;
		this.startedAt = startedAt;
		this.log = log;
		this.gcLog = gcLog;
	}

	/**
	 * @param flags the JVM flags, the same for every program measured
	 * @param program what follows the flags: {@code -jar x.jar ...} or
	 * {@code -cp x.jar Main ...}
	 * @param env variables to set; a null value removes one inherited from the bench
	 */
	public static ChildJvm start(String name, Path dir, List<String> flags, List<String> program,
			Map<String, String> env) throws IOException {
		Files.createDirectories(dir);
		Path log = dir.resolve(name + ".log");
		Path gcLog = dir.resolve(name + "-gc.log");
		Files.deleteIfExists(gcLog);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(flags);
		command.add("-Xlog:gc:file=" + gcLog);
		command.addAll(program);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		env.forEach((key, value) -> {
			if (value == null) {
				builder.environment().remove(key);
			}
			else {
				builder.environment().put(key, value);
			}
		});
		long started = System.nanoTime();
		Instant startedAt = Instant.now();
		Process process = builder.start();
		// an interrupted bench must not leave it running
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return new ChildJvm(name, process, started, startedAt, log, gcLog);
	}

	public String name() {
		return this.name;
	}

	public long startedNanos() {
		return this.startedNanos;
	}

	/** The start on the wall clock, to compare with the stand-in's timestamps. */
	public Instant startedAt() {
		return this.startedAt;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public Path log() {
		return this.log;
	}

	/** Resident memory now, in MiB. */
	public double rssMb() {
		return ProcStatus.read(this.process.pid(), "VmRSS");
	}

	/** The most resident memory the process ever had, in MiB. */
	public double peakRssMb() {
		return ProcStatus.read(this.process.pid(), "VmHWM");
	}

	/** CPU time used so far, in seconds. */
	public double cpuSeconds() {
		return ProcStatus.cpuSeconds(this.process.pid());
	}

	public GcLog.Heap heap() {
		return GcLog.read(this.gcLog);
	}

	public String logText() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** SIGTERM, a graceful stop; SIGKILL when that takes too long. */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
	}

}
