/**
 * The Registry world: a centralised digital profile that every checkpoint queries. This first
 * version holds the access policy and the landing page; enrolment, the query log and search come
 * with the Registry world's own issue.
 */
package org.consentlab.registry;
