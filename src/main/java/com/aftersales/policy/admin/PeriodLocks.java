package com.aftersales.policy.admin;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The hook for closed pay periods: activation asks whether a date lies in a closed period and refuses
 * (409) when it does. Until pay periods can be closed every date is open; the feature that closes
 * periods provides its own bean of this interface, which replaces the default.
 */
public interface PeriodLocks {

    /** Why {@code date} cannot take a new revision (e.g. "2024-11 is closed"), or empty when it can. */
    Optional<com.aftersales.problem.Text> closedOn(LocalDate date);

    /** The default while no period can be closed. */
    @ApplicationScoped
    class Defaults {
        @Produces
        @DefaultBean
        @ApplicationScoped
        PeriodLocks none() {
            return date -> Optional.empty();
        }
    }
}
