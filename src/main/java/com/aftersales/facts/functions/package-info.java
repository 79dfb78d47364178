/** The functions decision tables and DRL call to build lines and their arithmetic (amounts come from cells). */
package com.aftersales.facts.functions;
