package org.evac.domain.request;

/** How the household moves, one answer for all: what the crew must bring. */
public enum Mobility {

	WALKS, STAIRS_HELP, WHEELCHAIR, STRETCHER;

	/** Whether the crew needs the floor and the lift. */
	public boolean needsHelp() {
		return this != WALKS;
	}

}
