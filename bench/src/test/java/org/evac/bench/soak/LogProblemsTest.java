package org.evac.bench.soak;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogProblemsTest {

	@Test
	void aLogOfInfoAndWarningsWithoutExceptionsHasNone() {
		String log = """
				2026-12-03T08:50:03.314Z  INFO 18525 --- [evac] [           main] o.e.app.Evac : Started
				2026-12-03T08:50:03.314Z  WARN 18525 --- [evac] [           main] o.s.c.SpringDoc : endpoint is enabled
				""";

		assertThat(LogProblems.in(log).none()).isTrue();
	}

	@Test
	void countsErrorLinesAndExceptionsAndGroupsLinesThatDifferOnlyInTimesThreadsAndNumbers() {
		String log = """
				2026-12-03T08:50:03.314Z ERROR 18525 --- [evac] [sender-1] o.e.o.Dispatcher : Sending 12 failed
				2026-12-03T08:51:04.100Z ERROR 18525 --- [evac] [sender-2] o.e.o.Dispatcher : Sending 13 failed
				2026-12-03T08:52:00.000Z  WARN 18525 --- [evac] [main] o.e.b.Poller : poll failed: java.io.IOException: closed
				java.lang.IllegalStateException: broken
					at org.evac.Some.method(Some.java:12)
				2026-12-03T08:52:01.000Z  INFO 18525 --- [evac] [main] o.e.b.Poller : fine again
				""";

		LogProblems problems = LogProblems.in(log);

		assertThat(problems.lines()).isEqualTo(5);
		assertThat(problems.kinds()).hasSize(4);
		assertThat(problems.firstKinds(1)).singleElement().asString().startsWith("2 × ").contains("Sending 12 failed");
	}

}
