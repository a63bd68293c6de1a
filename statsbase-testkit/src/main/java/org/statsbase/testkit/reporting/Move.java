package org.statsbase.testkit.reporting;

import org.statsbase.core.org.PersonId;

/**
 * The random choices behind one generated attempt: which of the moves open in the model's state, a
 * variant for arguments and kinds, a person, and an amount. Shrinking the list of moves shortens the
 * history. Package-private: never in a public signature.
 */
record Move(int choice, int variant, PersonId person, long amount) {
}
