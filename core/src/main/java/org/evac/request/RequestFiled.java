package org.evac.request;

/** A resident filed a new request (published once, when it is first stored). */
public record RequestFiled(String id, String number) {

}
