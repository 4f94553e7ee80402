package org.evac.domain.request;

public enum DestinationKind {

	OTHER_OBLAST, SAFER_TOWN, UNDECIDED

}
