/**
 * The rule contract, split by role: {@link com.aftersales.facts.input} (the small immutable facts Java
 * derives from records and hands to Drools), {@link com.aftersales.facts.result} (what rules insert:
 * {@code Line}, {@code Flag}, decisions and the derived facts of their own) and
 * {@link com.aftersales.facts.functions} (the functions decision tables and DRL call). DRL files and
 * decision tables write {@code import com.aftersales.facts.*}, which the rule-book compiler expands to
 * these packages; they import nothing else of the service. This package itself holds no class.
 */
package com.aftersales.facts;
