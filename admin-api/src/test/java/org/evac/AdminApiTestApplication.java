package org.evac;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The admin API alone, for controller slices. */
@SpringBootApplication
public class AdminApiTestApplication {

}
