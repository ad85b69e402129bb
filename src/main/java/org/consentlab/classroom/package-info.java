/** Classes, join codes, the live dashboard, resets and exports: the instructor's side. */
package org.consentlab.classroom;
