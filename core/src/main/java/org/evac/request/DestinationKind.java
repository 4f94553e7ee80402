package org.evac.request;

public enum DestinationKind {

	OTHER_OBLAST, SAFER_TOWN, UNDECIDED

}
