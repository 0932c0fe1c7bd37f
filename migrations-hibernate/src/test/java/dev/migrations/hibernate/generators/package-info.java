/**
 * A package without entities whose only mapping is a generator, which entities elsewhere use: Hibernate knows it
 * only when the package is given.
 */
@SequenceGenerator(name = "shared_reference", sequenceName = "shared_reference_seq", allocationSize = 1)
package dev.migrations.hibernate.generators;

import jakarta.persistence.SequenceGenerator;
