package com.aftersales.support;

import io.restassured.RestAssured;
import io.restassured.authentication.AuthenticationScheme;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test calls the API as {@link #USER}, the %test bootstrap user who holds every role (application.properties,
 * {@code %test.app.bootstrap.users}), with preemptive HTTP Basic: registered for all tests by
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension} (Quarkus's junit-platform.properties turns
 * extension autodetection on). Tests of access say who calls on each request
 * ({@code given().auth().preemptive().basic(...)}, or {@code given().auth().none()} for nobody).
 *
 * <p>A {@code @QuarkusTest} class runs in Quarkus's class loader, with its own copy of RestAssured: the default is
 * set on the copy the test class sees (by reflection), and on this loader's for plain tests.
 */
public class AuthenticatedTests implements BeforeAllCallback, BeforeEachCallback {

    public static final String USER = "tester";
    public static final String PASSWORD = "tester-pass";

    /** The default of every request: the user of all roles. */
    public static AuthenticationScheme everyRole() {
        return RestAssured.preemptive().basic(USER, PASSWORD);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        logIn(context.getRequiredTestClass().getClassLoader());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        logIn(context.getRequiredTestInstance().getClass().getClassLoader());
    }

    private static void logIn(ClassLoader loader) {
        RestAssured.authentication = everyRole();
        try {
            Class<?> restAssured = Class.forName("io.restassured.RestAssured", true, loader);
            if (restAssured == RestAssured.class) {
                return;
            }
            Object preemptive = restAssured.getMethod("preemptive").invoke(null);
            Object scheme = preemptive.getClass().getMethod("basic", String.class, String.class)
                    .invoke(preemptive, USER, PASSWORD);
            restAssured.getField("authentication").set(null, scheme);
        } catch (ClassNotFoundException e) {
            // a test without RestAssured on its class path calls no API
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set the tests' default user on RestAssured", e);
        }
    }
}
