package org.preau;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Préau, the open-source digital workspace for schools. */
@SpringBootApplication
@EnableAsync
@EnableScheduling
public class Preau {

    public static void main(String[] args) {
        SpringApplication.run(Preau.class, args);
    }
}
