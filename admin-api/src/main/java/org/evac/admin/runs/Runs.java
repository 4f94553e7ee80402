package org.evac.admin.runs;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The runs. Every change is a change of one document guarded by its version, as the
 * requests' are: the database may offer no transactions.
 */
@Component
class Runs {

	private static final int MAX_ATTEMPTS = 10;

	private final MongoTemplate mongo;

	Runs(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Run insert(Run run) {
		return this.mongo.insert(run);
	}

	Optional<Run> byId(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Run.class));
	}

	/** The newest runs first. */
	List<Run> newest(int limit) {
		return this.mongo.find(new Query().with(Sort.by("date", "createdAt").descending()).limit(limit), Run.class);
	}

	/**
	 * Applies a change to the newest version of the run, again if someone changed it in
	 * between; the change may throw {@link IllegalStateException} to refuse.
	 */
	Optional<Run> change(String id, Consumer<Run> change) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			Run run = this.mongo.findById(id, Run.class);
			if (run == null) {
				return Optional.empty();
			}
			change.accept(run);
			try {
				return Optional.of(this.mongo.save(run));
			}
			catch (OptimisticLockingFailureException ex) {
				// someone changed it meanwhile: apply the change to what they wrote
			}
		}
		throw new OptimisticLockingFailureException("Run " + id + " keeps changing; try again");
	}

}
