package org.evac.domain.request;

/** A resident filed a new request (published once, when it is first stored). */
public record RequestFiled(String id, String number) {

}
