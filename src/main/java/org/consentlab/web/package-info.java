/** The web layer shared by every feature: layout, error pages, request limits, security. */
package org.consentlab.web;
