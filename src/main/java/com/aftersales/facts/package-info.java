/**
 * The rule contract: the small immutable facts Java hands to Drools, and the result facts
 * ({@link com.aftersales.facts.Line}, {@link com.aftersales.facts.Flag}) that rules insert.
 * DRL files and decision tables import this package and nothing else of the service.
 */
package com.aftersales.facts;
