package org.evac.admin;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The admin API alone, for controller slices. */
@SpringBootApplication
public class AdminApiTestApplication {

}
