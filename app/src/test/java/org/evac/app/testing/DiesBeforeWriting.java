package org.evac.app.testing;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Makes an evac process die as {@code kill -9} would (no shutdown hook, nothing flushed)
 * at the instant it is about to write one given document: the first insert into
 * {@code evac.test.dies-before-insert-into} whose command contains
 * {@code evac.test.dies-before-insert-of}. Everything acknowledged before is on disk,
 * that write and all after it are not. Given to the process as
 * {@code --spring.main.sources=}{@link #SOURCE} (deliberately not a
 * {@code @Configuration}, so that no scan of the test classpath picks it up).
 */
public class DiesBeforeWriting {

	public static final String SOURCE = "--spring.main.sources=" + DiesBeforeWriting.class.getName();

	/**
	 * The settings that make the process die before inserting {@code marked} into
	 * {@code collection}.
	 */
	public static String[] settings(String collection, String marked) {
		return new String[] { SOURCE, "--evac.test.dies-before-insert-into=" + collection,
				"--evac.test.dies-before-insert-of=" + marked };
	}

	@Bean
	MongoClientSettingsBuilderCustomizer dieBeforeTheMarkedInsert(Environment environment) {
		String collection = environment.getRequiredProperty("evac.test.dies-before-insert-into");
		String marked = environment.getRequiredProperty("evac.test.dies-before-insert-of");
		return settings -> settings.addCommandListener(new CommandListener() {

			@Override
			public void commandStarted(CommandStartedEvent event) {
				BsonDocument command = event.getCommand();
				if ("insert".equals(event.getCommandName()) && command.containsKey("insert")
						&& collection.equals(command.getString("insert").getValue())
						&& command.toJson().contains(marked)) {
					Runtime.getRuntime().halt(137);
				}
			}

		});
	}

}
