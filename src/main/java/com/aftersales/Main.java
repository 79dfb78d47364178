package com.aftersales;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service, first starting the embedded PostgreSQL when no database server is configured. */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        EmbeddedDatabase.startIfNoDatabaseConfigured();
        Quarkus.run(args);
    }
}
